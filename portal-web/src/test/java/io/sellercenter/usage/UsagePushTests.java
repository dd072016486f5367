package io.sellercenter.usage;

import java.net.URI;
import java.util.StringJoiner;
import java.util.UUID;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The push API's checks, each answered with its MKT code and nothing stored; good pushes
 * stored whole.
 */
@Tag("attack")
@PortalTest
class UsagePushTests {

	static final String RECORD = """
			{"instance_id":"i-1","record_time":"20261201T100000Z","begin_time":"20261201T090000Z",
			 "end_time":"20261201T100000Z","usage_value":1.2500,"metering_sn":"%s"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final UsagePushClient acme = new UsagePushClient(URI.create("http://localhost"), "acme-demo-key",
			"acme-demo-secret");

	@Test
	void signedPushIsStoredWholeBeforeTheAnswer() throws Exception {
		long before = records();
		String body = body(3, "ok");

		send(this.acme.sign(body)).andExpect(status().isOk()).andExpect(jsonPath("$.error_code").value("MKT.0000"));

		assertThat(records()).isEqualTo(before + 3);
		assertThat(this.jdbc.queryForObject("SELECT usage_value FROM usage_ledger WHERE metering_sn = 'ok-1'",
				String.class))
			.as("the value as written")
			.isEqualTo("1.2500");
		assertThat(this.jdbc.queryForObject("SELECT state FROM usage_ledger WHERE metering_sn = 'ok-1'", String.class))
			.isEqualTo("RECEIVED");
	}

	@Test
	void badRecordsNeverFailTheBatch() throws Exception {
		long before = records();
		String body = "{\"usage_records\":[42, {\"usage_value\":\"abc\"}, " + RECORD.formatted("fine") + "]}";

		send(this.acme.sign(body)).andExpect(jsonPath("$.error_code").value("MKT.0000"));

		assertThat(records()).isEqualTo(before + 3);
	}

	@Test
	void wrongSignatureIsRefused() throws Exception {
		SignedPush push = this.acme.sign(body(1, "sig"));
		assertRefused(new SignedPush(push.accessKey(), push.ts(), push.nonce(), push.signature(),
				push.body().replace("1.2500", "9.9999")), "MKT.0102", 401);
	}

	@Test
	void unknownKeyIsRefusedLikeABadSignature() throws Exception {
		assertRefused(new UsagePushClient(URI.create("http://x"), "no-such-key", "x").sign(body(1, "nokey")),
				"MKT.0102", 401);
	}

	@Test
	void staleTimestampIsRefused() throws Exception {
		assertRefused(this.acme.sign(body(1, "old"), System.currentTimeMillis() - 6 * 60_000, "n-old"), "MKT.0100",
				400);
	}

	@Test
	void timestampFromTheFutureIsRefused() throws Exception {
		assertRefused(this.acme.sign(body(1, "future"), System.currentTimeMillis() + 6 * 60_000, "n-future"),
				"MKT.0100", 400);
		SignedPush push = this.acme.sign(body(1, "ts-text"));
		assertRefused(new SignedPush(push.accessKey(), "yesterday", push.nonce(), push.signature(), push.body()),
				"MKT.0100", 400);
	}

	@Test
	void replayedNonceIsRefused() throws Exception {
		String body = body(1, "replay");
		SignedPush first = this.acme.sign(body, System.currentTimeMillis(), "n-replay-1");
		send(first).andExpect(jsonPath("$.error_code").value("MKT.0000"));

		assertRefused(first, "MKT.0100", 400);
	}

	@Autowired
	KeyService keys;

	@Test
	void disabledKeyIsRefused() throws Exception {
		MerchantId acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		Actor admin = new Actor(null, "test", acme, null);
		this.keys.create(acme, "To disable", "acme-disabled-key", "disabled-secret", admin);
		this.keys.setEnabled(acme, "acme-disabled-key", false, admin);

		assertRefused(new UsagePushClient(URI.create("http://x"), "acme-disabled-key", "disabled-secret")
			.sign(body(1, "disabled")), "MKT.0150", 403);
	}

	@Test
	void keyOfAMerchantThatIsNotCertifiedIsRefused() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
				+ " VALUES (?, 'Pending Ltd', 'PENDING', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", "p-" + tag);
		MerchantId pending = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, "p-" + tag));
		this.keys.create(pending, "Not yet", "pending-key-" + tag, "pending-secret",
				new Actor(null, "test", pending, null));

		assertRefused(new UsagePushClient(URI.create("http://x"), "pending-key-" + tag, "pending-secret")
			.sign(body(1, "pending")), "MKT.0150", 403);
	}

	@Test
	void moreThanAThousandRecordsAreRefused() throws Exception {
		assertRefused(this.acme.sign(body(1001, "big")), "MKT.9003", 400);
	}

	@Test
	void aFieldLongerThanTheSpecAllowsIsRefusedAndNothingIsCutShort() throws Exception {
		String longId = "i".repeat(65);
		String body = "{\"usage_records\":[" + RECORD.formatted("fits") + ","
				+ RECORD.formatted("long-id").replace("\"i-1\"", "\"" + longId + "\"") + "]}";
		assertRefused(this.acme.sign(body), "MKT.0100", 400);
		send(this.acme.sign(body)).andExpect(jsonPath("$.error_msg")
			.value(org.hamcrest.Matchers.containsString("usage_records[1].instance_id is longer than 64 characters")));

		assertRefused(this.acme.sign(body(1, "s".repeat(63))), "MKT.0100", 400);
		String longTime = RECORD.formatted("long-time").replace("20261201T090000Z", "2".repeat(65));
		assertRefused(this.acme.sign("{\"usage_records\":[" + longTime + "]}"), "MKT.0100", 400);
		String longPackage = RECORD.formatted("long-pkg")
			.replace("}", ",\"relate_pkg_instance\":\"" + "p".repeat(65) + "\"}");
		assertRefused(this.acme.sign("{\"usage_records\":[" + longPackage + "]}"), "MKT.0100", 400);
	}

	@Test
	void aFieldOfExactlyTheLongestLengthIsStoredAsSent() throws Exception {
		String sn = "m".repeat(64);
		String body = "{\"usage_records\":[" + RECORD.formatted(sn).replace("\"i-1\"", "\"" + "i".repeat(64) + "\"")
				+ "]}";
		send(this.acme.sign(body)).andExpect(jsonPath("$.error_code").value("MKT.0000"));

		assertThat(this.jdbc.queryForObject("SELECT instance_id FROM usage_record WHERE metering_sn = ?", String.class,
				sn))
			.isEqualTo("i".repeat(64));
	}

	@Test
	void malformedJsonIsRefused() throws Exception {
		assertRefused(this.acme.sign("{\"usage_records\": [ {"), "MKT.0100", 400);
		assertRefused(this.acme.sign("{\"records\": []}"), "MKT.0101", 400);
		assertRefused(this.acme.sign("{\"usage_records\": 5}"), "MKT.0100", 400);
		assertRefused(this.acme.sign("[]"), "MKT.0101", 400);
	}

	@Test
	void missingHeadersAreRefused() throws Exception {
		long before = records();
		long requestsBefore = requests();
		this.mvc.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON).content(body(1, "h")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error_code").value("MKT.0101"));
		assertThat(records()).isEqualTo(before);
		assertThat(requests()).isEqualTo(requestsBefore);
	}

	/** Refused with its code, and neither the request nor any of its records stored. */
	private void assertRefused(SignedPush push, String code, int status) throws Exception {
		long before = records();
		long requestsBefore = requests();
		send(push).andExpect(status().is(status)).andExpect(jsonPath("$.error_code").value(code));
		assertThat(records()).as("no record stored").isEqualTo(before);
		assertThat(requests()).as("no request stored").isEqualTo(requestsBefore);
	}

	private long requests() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_request", Long.class);
	}

	private ResultActions send(SignedPush push) throws Exception {
		return this.mvc.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON)
			.header("access-key", push.accessKey())
			.header("ts", push.ts())
			.header("nonce", push.nonce())
			.header("signature", push.signature())
			.content(push.body()));
	}

	private long records() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_ledger", Long.class);
	}

	static String body(int count, String prefix) {
		StringJoiner records = new StringJoiner(",", "{\"usage_records\":[", "]}");
		for (int i = 1; i <= count; i++) {
			records.add(RECORD.formatted(prefix + "-" + i));
		}
		return records.toString();
	}

}
