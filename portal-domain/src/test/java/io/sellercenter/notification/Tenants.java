package io.sellercenter.notification;

import io.sellercenter.shared.MerchantId;

import org.springframework.jdbc.core.JdbcTemplate;

/** The demo merchants and users the notification tests address, by their real ids. */
record Tenants(JdbcTemplate jdbc) {

	MerchantId merchant(String domainId) {
		return new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domainId));
	}

	long user(String userName) {
		return this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class, userName);
	}

	/** Operators are registered at their first sign-in; tests register them here. */
	long operator(String userName, String status) {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', ?, 'OPERATOR', ?, ?, UTC_TIMESTAMP(6))
				""", userName, userName, status);
		return user(userName);
	}

}
