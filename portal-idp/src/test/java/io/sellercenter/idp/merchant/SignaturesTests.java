package io.sellercenter.idp.merchant;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's signing against values computed with openssl. */
class SignaturesTests {

	@Test
	void v2IsTheHexHmacOverKeyNonceTimestampAndTheBodysHexHmac() {
		String body = "{\"activity\":\"queryInstance\",\"orderId\":\"ORD-1\",\"orderLineId\":\"ORD-1-000001\","
				+ "\"instanceId\":\"demo-1\",\"testFlag\":\"1\"}";
		assertThat(Signatures.v2("acme-saas-key", "acme-saas-demo-secret", "n0nce-42", "1765000000000",
				body.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("e48fd28b0cfed9b5b58f4970303d30f30b0b0eedd5c964e3c2e55f0d7f137af6");
	}

	@Test
	void v1IsTheBase64HmacKeyedWithSecretAndTimeStampOverTheSortedParameters() {
		Map<String, String> parameters = Map.of("testFlag", "1", "orderLineId", "ORD-1-000001", "activity",
				"queryInstance", "timeStamp", "20251206054640000", "orderId", "ORD-1", "instanceId", "demo-1");
		assertThat(Signatures.v1("acme-saas-demo-secret", "20251206054640000", parameters))
			.isEqualTo("SJgWsadgWRFWPtGsfBviUNW2ne04WR3lhEVAptw+oVI=");
	}

}
