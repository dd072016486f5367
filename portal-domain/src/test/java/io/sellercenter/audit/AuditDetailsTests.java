package io.sellercenter.audit;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an entry keeps, written as fields and read back as the fields that changed. */
class AuditDetailsTests {

	@Test
	void aChangeReadsBackAsTheFieldsThatDiffer() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("name", "Ops");
		before.put("menus", List.of(io.sellercenter.shared.Menu.ORDERS));
		before.put("note", null);
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("name", "Operations");
		after.put("expiresAt", LocalDateTime.of(2026, 12, 31, 16, 0));

		AuditDetails details = AuditDetails.read(AuditDetails.write(before), AuditDetails.write(after));

		assertThat(details.change()).isTrue();
		assertThat(details.changes()).containsExactly(new AuditDetails.Change("name", "Ops", "Operations"),
				new AuditDetails.Change("expiresAt", null, "2026-12-31T16:00:00"));
		assertThat(details.facts()).isEmpty();
	}

	@Test
	void oneSideIsAListOfWhatWasSet() {
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("name", "Ops");
		created.put("displayName", null);
		created.put("sessions", 2);

		AuditDetails details = AuditDetails.read(null, AuditDetails.write(created));

		assertThat(details.change()).isFalse();
		assertThat(details.changes()).isEmpty();
		assertThat(details.facts()).containsExactly(Map.entry("name", "Ops"), Map.entry("sessions", 2));
		assertThat(AuditDetails.write(Map.of())).isNull();
		assertThat(AuditDetails.read(null, null).empty()).isTrue();
	}

	@Test
	void textOfEarlierEntriesIsKeptAsText() {
		AuditDetails details = AuditDetails.read("PENDING", "APPROVED: fine");

		assertThat(details.text()).isEqualTo("PENDING \u2192 APPROVED: fine");
		assertThat(details.changes()).isEmpty();
		assertThat(details.facts()).isEmpty();
	}

	@Test
	void fieldsTooLongForTheColumnAreCutAndStillReadBack() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("description", "x".repeat(40_000));
		fields.put("name", "Ops");

		String written = AuditDetails.write(fields);

		assertThat(written.length()).isLessThanOrEqualTo(AuditDetails.LIMIT);
		AuditDetails details = AuditDetails.read(null, written);
		assertThat(details.facts()).containsEntry("name", "Ops");
		assertThat((String) details.facts().get("description")).hasSize(501).endsWith("\u2026");
	}

}
