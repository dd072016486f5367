package io.sellercenter.saas;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dial slots (02:00 and 14:00 UTC, the next strictly after now), and the fields a
 * kept call sent, read back for its case in either contract.
 */
class DialSlotTests {

	@Test
	void theNextSlotIsStrictlyLater() {
		LocalDateTime day = LocalDateTime.of(2026, 3, 1, 0, 0);
		assertThat(DialTests.nextSlot(day)).isEqualTo(day.withHour(2));
		assertThat(DialTests.nextSlot(day.withHour(2))).isEqualTo(day.withHour(14));
		assertThat(DialTests.nextSlot(day.withHour(13).withMinute(59))).isEqualTo(day.withHour(14));
		assertThat(DialTests.nextSlot(day.withHour(14))).isEqualTo(day.plusDays(1).withHour(2));
		assertThat(DialTests.nextSlot(day.withHour(23).withMinute(59))).isEqualTo(day.plusDays(1).withHour(2));
	}

	@Test
	void theFieldsSentAreReadBackWithoutThoseEverySendAdds() {
		Call v2 = call(Contract.V2, "https://saas.example.com/?timestamp=1&nonce=n",
				"{\"activity\":\"updateInstanceStatus\",\"orderId\":\"MOCKMONTYRENEW\",\"instanceId\":\"i-1\","
						+ "\"instanceStatus\":\"FREEZE\",\"testFlag\":\"1\"}");
		assertThat(DebugService.sentFields(v2)).containsExactly(java.util.Map.entry("orderId", "MOCKMONTYRENEW"),
				java.util.Map.entry("instanceId", "i-1"), java.util.Map.entry("instanceStatus", "FREEZE"));
		Call v1 = call(Contract.V1, "https://saas.example.com/?activity=queryInstance&orderId=MOCKONDEMAND"
				+ "&customerName=Mock%20Customer%26Co&testFlag=1&timeStamp=20260301000000000", null);
		assertThat(DebugService.sentFields(v1)).containsExactly(java.util.Map.entry("orderId", "MOCKONDEMAND"),
				java.util.Map.entry("customerName", "Mock Customer&Co"));
	}

	private static Call call(Contract contract, String url, String body) {
		return new Call(1, Purpose.DEBUG, 1L, "queryInstance", "MOCKONDEMAND", "MOCKONDEMAND-000001", null, contract,
				true, (body == null) ? "GET" : "POST", url, body, 200, "{}", "000000", Outcome.SUCCESS, null, null,
				LocalDateTime.now(), 1);
	}

}
