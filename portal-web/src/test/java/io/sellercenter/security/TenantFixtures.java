package io.sellercenter.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.sellercenter.session.SessionLinks;
import io.sellercenter.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Ids of Acme Cloud's records, one per path variable name of the portal's routes, for the
 * cross-tenant harness to ask for while signed in to another merchant. A new route with a
 * new variable fails the harness until its fixture is added here, so no route goes
 * unchecked.
 */
final class TenantFixtures {

	private final Map<String, Supplier<String>> fixtures = new LinkedHashMap<>();

	private final Map<String, String> made = new LinkedHashMap<>();

	private final JdbcTemplate jdbc;

	@SuppressWarnings({ "rawtypes", "unchecked" })
	TenantFixtures(TestUsers users, SessionLinks links, SessionRepository sessions, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.fixtures.put("fileId", () -> jdbc.queryForObject("""
				SELECT f.id FROM stored_file f JOIN merchant m ON m.id = f.merchant_id
				WHERE m.domain_id = 'acme' ORDER BY f.id LIMIT 1""", String.class));
		this.fixtures.put("userId", () -> String.valueOf(users.current("acme-ops").userId()));
		this.fixtures.put("groupId", () -> jdbc.queryForObject("""
				SELECT g.id FROM permission_group g JOIN merchant m ON m.id = g.merchant_id
				WHERE m.domain_id = 'acme' AND g.name = 'Operations'""", String.class));
		this.fixtures.put("assetId", () -> jdbc.queryForObject("""
				SELECT a.id FROM image_asset a JOIN merchant m ON m.id = a.merchant_id
				WHERE m.domain_id = 'acme' AND a.image_id = 'img-acme-redis'""", String.class));
		this.fixtures.put("productId", () -> jdbc.queryForObject("""
				SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id
				WHERE m.domain_id = 'acme' AND p.name_en = 'WordPress One-Click'""", String.class));
		this.fixtures.put("applicationId", () -> jdbc.queryForObject("""
				SELECT a.id FROM product_application a JOIN merchant m ON m.id = a.merchant_id
				WHERE m.domain_id = 'acme' ORDER BY a.id LIMIT 1""", String.class));
		this.fixtures.put("grantId", () -> jdbc.queryForObject("""
				SELECT g.id FROM product_grant g JOIN merchant m ON m.id = g.merchant_id
				WHERE m.domain_id = 'acme' ORDER BY g.id LIMIT 1""", String.class));
		// The local run's (and the tests') demo key of Acme Cloud.
		this.fixtures.put("keyId", () -> "acme-demo-key");
		// A usage record of Acme's: one pushed for the fixture with its own request.
		this.fixtures.put("recordId", () -> {
			jdbc.update("INSERT INTO usage_request (merchant_id, key_id, nonce, ts, record_count, received_at)"
					+ " SELECT id, 'acme-demo-key', 'fixture', 0, 1, UTC_TIMESTAMP(6) FROM merchant WHERE domain_id = 'acme'");
			jdbc.update("INSERT INTO usage_record (merchant_id, request_id, metering_sn, received_at)"
					+ " SELECT merchant_id, id, 'acme-fixture-sn', received_at FROM usage_request"
					+ " WHERE nonce = 'fixture'");
			String id = jdbc.queryForObject("SELECT id FROM usage_record WHERE metering_sn = 'acme-fixture-sn'",
					String.class);
			jdbc.update("INSERT INTO usage_inbox (record_id) VALUES (?)", id);
			return id;
		});
		// A chart of the analytics pages: every merchant has it, with its own figures
		// (Acme's top products name its products).
		this.fixtures.put("chartId", () -> "topProducts");
		// An order of Acme's (demo data).
		this.fixtures.put("orderId", () -> jdbc.queryForObject("""
				SELECT o.order_id FROM orders o JOIN merchant m ON m.id = o.merchant_id
				WHERE m.domain_id = 'acme' ORDER BY o.id LIMIT 1""", String.class));
		// A ticket of Acme's, about its product without a primary handler (with an
		// attachment: the fileId fixture may be its file).
		this.fixtures.put("ticketId", () -> {
			jdbc.update("""
					INSERT INTO ticket (merchant_id, ticket_id, product_id, customer_id, customer_name,
					                    customer_account_name, title, category, status, handler_user_id, pending_marker,
					                    routed_to, routed_user_id, created_at, received_at, updated_at)
					SELECT p.merchant_id, 'TK-ACME-FIXTURE-0001', p.id, 'cust-acme-fixture', 'Acme Fixture Customer',
					       'acme-fixture-customer', 'Acme fixture ticket', 'FAULT', 1, u.id, 1, 'MAIN_ACCOUNT', u.id,
					       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
					FROM product p JOIN portal_user u ON u.merchant_id = p.merchant_id AND u.user_name = 'acme-admin'
					WHERE p.name_en = 'WordPress One-Click'""");
			return "TK-ACME-FIXTURE-0001";
		});
		// A supervision task of Acme's waiting on the merchant, with an open unsubscribe
		// request: every step of it would succeed for Acme.
		this.fixtures.put("taskNo", () -> {
			jdbc.update("""
					INSERT INTO supervision_task (merchant_id, task_no, order_ref, order_id, line_ref, product_id,
					                              spec_id, customer_id, customer_name, customer_account_name, step,
					                              pending_marker, handler_user_id, routed_to, confirm_days,
					                              delivery_days, step_since, due_at, created_at, updated_at)
					SELECT o.merchant_id, 'SV-ACME-FIXTURE-0001', o.id, o.order_id, l.id, l.product_id, l.spec_id,
					       'cust-acme-fixture', 'Acme Fixture Customer', 'acme-fixture-customer',
					       'CONFIRMING_REQUIREMENT', 1, u.id, 'MAIN_ACCOUNT', 1, 5, UTC_TIMESTAMP(6),
					       UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
					FROM orders o JOIN merchant m ON m.id = o.merchant_id AND m.domain_id = 'acme'
					JOIN order_line l ON l.order_ref = o.id
					JOIN portal_user u ON u.merchant_id = o.merchant_id AND u.user_name = 'acme-admin'
					ORDER BY l.id LIMIT 1""");
			jdbc.update("""
					INSERT INTO supervision_unsubscribe (merchant_id, task_ref, status, reason, requested_at)
					SELECT merchant_id, id, 'REQUESTED', 'fixture', UTC_TIMESTAMP(6) FROM supervision_task
					WHERE task_no = 'SV-ACME-FIXTURE-0001'""");
			return "SV-ACME-FIXTURE-0001";
		});
		this.fixtures.put("provisionId", () -> {
			// A failed production call of Acme's, on an order line of Acme's.
			jdbc.update("""
					INSERT INTO saas_provision (merchant_id, product_id, order_ref, order_id, line_ref, order_line_id,
					    activity, state, attempts, give_up_at, created_at, ended_at)
					SELECT l.merchant_id, l.product_id, l.order_ref, o.order_id, l.id, 'SAAS-ACME-FIXTURE-0001',
					       'NEW_INSTANCE', 'FAILED', 4, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
					FROM order_line l JOIN orders o ON o.id = l.order_ref JOIN merchant m ON m.id = l.merchant_id
					WHERE m.domain_id = 'acme' ORDER BY l.id LIMIT 1""");
			String id = jdbc.queryForObject(
					"SELECT id FROM saas_provision WHERE order_line_id = 'SAAS-ACME-FIXTURE-0001'", String.class);
			jdbc.update(
					"""
							INSERT INTO saas_call (merchant_id, purpose, product_id, activity, order_id, order_line_id, contract,
							    test_flag, method, url, outcome, failure, provision_id, started_at, duration_ms)
							SELECT merchant_id, 'PROVISION', product_id, 'newInstance', order_id, order_line_id, 'V2', 0, 'POST',
							       'https://acme-fixture.example', 'FAILED', 'TIMEOUT', id, UTC_TIMESTAMP(6), 5000
							FROM saas_provision WHERE id = ?""",
					Long.valueOf(id));
			return id;
		});
		// A saved debug case of Acme's, of a SaaS product of its own (re-running it
		// would call Acme's interface).
		this.fixtures.put("caseId", () -> {
			jdbc.update("""
					INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
					                     listed_at, updated_at)
					SELECT merchant_id, 'SAAS', 'ON_SALE', 1, 'Acme 接口夹具', 'Acme Interface Fixture', category, content,
					       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
					FROM product WHERE name_en = 'WordPress One-Click'""");
			jdbc.update("""
					INSERT INTO saas_case (merchant_id, product_id, name, activity, order_id, order_line_id, order_mode,
					                       fields, last_outcome, last_run_at, next_dial_at, created_at)
					SELECT merchant_id, id, 'acme-fixture-case', 'newInstance', 'MOCKONETIMENEW',
					       'MOCKONETIMENEW-000001', 'ONE_TIME', '{"orderId":"MOCKONETIMENEW"}', 'SUCCESS',
					       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6)
					FROM product WHERE name_en = 'Acme Interface Fixture'""");
			return jdbc.queryForObject("SELECT MAX(id) FROM saas_case WHERE name = 'acme-fixture-case'", String.class);
		});
		this.fixtures.put("kind", () -> "CONSOLE");
		// Operator routes: any merchant's records; merchant users are refused before ids
		// matter.
		this.fixtures.put("merchantId", () -> String.valueOf(users.current("acme-admin").merchantId()));
		this.fixtures.put("id", () -> jdbc.queryForObject("SELECT MIN(id) FROM review_request", String.class));
		this.fixtures.put("messageId", () -> {
			// An unread in-site message of acme-admin's.
			long acmeAdmin = users.current("acme-admin").userId();
			jdbc.update("""
					INSERT INTO notification_message (merchant_id, user_id, event, args, link, created_at)
					SELECT merchant_id, id, 'ONBOARDING_APPROVED', '{"merchant":"Acme Cloud"}', '/', UTC_TIMESTAMP(6)
					FROM portal_user WHERE id = ?""", acmeAdmin);
			return jdbc.queryForObject("SELECT MAX(id) FROM notification_message WHERE user_id = ?", String.class,
					acmeAdmin);
		});
		this.fixtures.put("handle", () -> {
			// A live session of acme-admin, linked the way sign-in links it.
			CurrentUser acme = users.current("acme-admin");
			Session session = (Session) sessions.createSession();
			sessions.save(session);
			String handle = SessionLinks.newHandle();
			links.link(session.getId(), handle, acme.userId(), "fixture-sid");
			return handle;
		});
	}

	/** Acme's id for this path variable; made once per run. */
	String acmeId(String variable) {
		Supplier<String> fixture = this.fixtures.get(variable);
		if (fixture == null) {
			throw new IllegalStateException("No cross-tenant fixture for path variable {" + variable
					+ "}: add one to TenantFixtures with an id of Acme Cloud's data");
		}
		return this.made.computeIfAbsent(variable, (v) -> fixture.get());
	}

	Map<String, String> made() {
		return this.made;
	}

	/**
	 * Acme's usage record and a usage export of acme-admin's, made before any route is
	 * asked for: routes without ids (the ledger, its export, the export history) then
	 * have something of Acme's to leak whatever order the harness walks them in.
	 */
	void acmeUsageBeforeAnyRoute() {
		acmeId("recordId");
		acmeId("ticketId");
		acmeId("taskNo");
		acmeId("provisionId");
		acmeId("caseId");
		this.jdbc.update("""
				INSERT INTO order_export (merchant_id, kind, user_id, user_name, filter, status, rows_written,
				                          started_at)
				SELECT merchant_id, 'USAGE', id, user_name, 'sn=acme-fixture-sn', 'FINISHED', 1, UTC_TIMESTAMP(6)
				FROM portal_user WHERE user_name = 'acme-admin'""");
	}

}
