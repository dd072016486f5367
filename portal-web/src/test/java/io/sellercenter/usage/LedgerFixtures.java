package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Usage records written straight into the ledger's tables, with whatever state, code,
 * product and text a test needs, so that a test knows every record it exports. Records of
 * a merchant of the test's own ({@link #ownMerchant}) are all the records it has.
 */
final class LedgerFixtures {

	private final JdbcTemplate jdbc;

	final long merchantId;

	final long requestId;

	LedgerFixtures(JdbcTemplate jdbc, long merchantId) {
		this.jdbc = jdbc;
		this.merchantId = merchantId;
		String nonce = "fixture-" + UUID.randomUUID();
		jdbc.update("INSERT INTO usage_request (merchant_id, key_id, nonce, ts, record_count, received_at)"
				+ " VALUES (?, 'fixture-key', ?, 0, 0, UTC_TIMESTAMP(6))", merchantId, nonce);
		this.requestId = jdbc.queryForObject("SELECT id FROM usage_request WHERE nonce = ?", Long.class, nonce);
	}

	static LedgerFixtures of(JdbcTemplate jdbc, String domain) {
		return new LedgerFixtures(jdbc,
				jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain));
	}

	/**
	 * A certified merchant of the test's own with a main account ({@code main-<tag>}) and
	 * one product of these names.
	 */
	static LedgerFixtures ownMerchant(JdbcTemplate jdbc, String tag, String productNameZh, String productNameEn) {
		String domain = "u-" + tag;
		jdbc.update("INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
				+ " VALUES (?, ?, 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", domain, "Usage " + tag);
		long merchant = jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		jdbc.update(
				"INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status,"
						+ " registered_at) VALUES (?, ?, ?, 'MAIN', 'Uma Usage', 'ACTIVE', UTC_TIMESTAMP(6))",
				merchant, domain, "main-" + tag);
		jdbc.update("INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category,"
				+ " content, listed_at, updated_at) VALUES (?, 'IMAGE', 'ON_SALE', 1, ?, ?, 'WEBSITE', '{}',"
				+ " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", merchant, productNameZh, productNameEn);
		return new LedgerFixtures(jdbc, merchant);
	}

	long product(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ? AND name_en = ?", Long.class,
				this.merchantId, nameEn);
	}

	/** A record as the validator leaves it: of a product, with a code when rejected. */
	long record(String sn, String instanceId, Long productId, String state, String code, String usageValue) {
		return record(sn, instanceId, productId, state, code, usageValue, null);
	}

	/** The same, received at the given time (UTC; null: now). */
	long record(String sn, String instanceId, Long productId, String state, String code, String usageValue,
			LocalDateTime receivedAt) {
		this.jdbc.update("""
				INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time, begin_time, end_time,
				                          usage_value, metering_sn, received_at)
				VALUES (?, ?, ?, '20260301T100000Z', '20260301T090000Z', '20260301T100000Z', ?, ?,
				        COALESCE(?, UTC_TIMESTAMP(6)))""", this.merchantId, this.requestId, instanceId, usageValue, sn,
				receivedAt);
		long id = this.jdbc.queryForObject("SELECT MAX(id) FROM usage_record WHERE request_id = ?", Long.class,
				this.requestId);
		if ("RECEIVED".equals(state)) {
			this.jdbc.update("INSERT INTO usage_inbox (record_id) VALUES (?)", id);
		}
		else {
			this.jdbc.update("""
					INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at, product_id)
					SELECT id, merchant_id, ?, ?, UTC_TIMESTAMP(6), received_at, ? FROM usage_record WHERE id = ?""",
					state, code, productId, id);
		}
		return id;
	}

}
