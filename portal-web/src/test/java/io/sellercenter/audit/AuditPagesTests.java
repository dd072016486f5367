package io.sellercenter.audit;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main account reads its merchant's audit log, filtered; operators read everyone's.
 */
@PortalTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void entries() {
		this.jdbc
			.update("""
					INSERT INTO audit_log (merchant_id, actor_user_id, actor_name, action, target_type, target_id,
					                       before_value, after_value, client_ip, created_at)
					SELECT m.id, NULL, CONCAT(m.domain_id, '-auditor'), 'TEST_ACTION', 'thing', CONCAT(m.domain_id, '-thing'),
					       'before', 'after', '192.0.2.1', '2026-11-20 10:00:00'
					FROM merchant m WHERE m.domain_id IN ('acme', 'globex')
					""");
	}

	@Test
	void mainAccountSeesOnlyItsMerchantsEntries() throws Exception {
		this.mvc.perform(get("/audit").param("action", "TEST_ACTION").with(users().as("acme-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acme-thing")))
			.andExpect(content().string(not(containsString("globex-thing"))));
	}

	@Test
	void filtersByUserAndDay() throws Exception {
		this.mvc
			.perform(get("/audit").param("user", "acme-auditor")
				.param("from", "2026-11-20")
				.param("to", "2026-11-20")
				.with(users().as("acme-admin")))
			.andExpect(content().string(containsString("acme-thing")));
		this.mvc.perform(
				get("/audit").param("user", "acme-auditor").param("from", "2026-11-21").with(users().as("acme-admin")))
			.andExpect(content().string(not(containsString("acme-thing"))));
	}

	@Test
	void operatorsSeeEveryMerchant() throws Exception {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		this.mvc.perform(get("/operator/audit").param("action", "TEST_ACTION").with(users().as("mkt-reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acme-thing")))
			.andExpect(content().string(containsString("globex-thing")));
	}

	@Test
	void subUsersCannotReadTheLog() throws Exception {
		this.mvc.perform(get("/audit").with(users().as("acme-support"))).andExpect(status().isForbidden());
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}
