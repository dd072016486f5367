package io.sellercenter.notification;

import java.util.UUID;

import io.sellercenter.shared.MerchantId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merchant of a test's own, with a main account and a sub-user, so that counts and
 * settings are not shared with other tests on the same database.
 */
public record TestMerchant(MerchantId id, String admin, long adminId, String sub, long subId) {

	public static TestMerchant create(JdbcTemplate jdbc) {
		String domain = "nt-" + UUID.randomUUID().toString().substring(0, 8);
		// Created long ago, so that lists of the newest merchants still show the demo
		// ones.
		jdbc.update("""
				INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
				VALUES (?, ?, 'CERTIFIED', '2001-01-01 00:00:00', '2001-01-01 00:00:00')
				""", domain, "Merchant " + domain);
		long merchant = jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		return new TestMerchant(new MerchantId(merchant), domain + "-admin",
				user(jdbc, merchant, domain, "admin", "MAIN"), domain + "-ops",
				user(jdbc, merchant, domain, "ops", "SUB"));
	}

	private static long user(JdbcTemplate jdbc, long merchant, String domain, String suffix, String type) {
		String name = domain + "-" + suffix;
		jdbc.update(
				"""
						INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
						VALUES (?, ?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))
						""",
				merchant, domain, name, type, name);
		return jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class, name);
	}

}
