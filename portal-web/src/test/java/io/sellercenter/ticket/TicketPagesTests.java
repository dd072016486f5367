package io.sellercenter.ticket;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.sellercenter.file.Upload;
import io.sellercenter.product.GrantRole;
import io.sellercenter.product.GrantService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.user.SubUserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Tickets as merchants handle them: routing and re-routing with grants and sub-users,
 * every step's allowed and refused statuses, who may see and act, and the secrets' end.
 * Tickets arrive through the intake the platform API calls.
 */
@PortalTest
class TicketPagesTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketIntake intake;

	@Autowired
	GrantService grants;

	@Autowired
	SubUserService subUsers;

	@Test
	void aTicketOfAProductWithAPrimaryHandlerGoesToThemAndSaysSo() throws Exception {
		String id = open("Retail Footfall Dataset");
		assertThat(handler(id)).isEqualTo("acme-support");
		Document page = page("acme-support", "/tickets/" + id, "en");
		assertThat(page.selectFirst("[data-testid=routed]").text()).contains("Sam Support", "primary handler");
		assertThat(page("acme-support", "/tickets", "en").select("[data-testid=ticket-" + id + "]")).hasSize(1);
		assertThat(page("acme-admin", "/tickets?view=ALL", "zh").select("[data-testid=ticket-" + id + "]")).hasSize(1);
		assertThat(page("acme-admin", "/tickets?view=PENDING", "en").select("[data-testid=ticket-" + id + "]"))
			.isEmpty();
		String other = open("WordPress One-Click");
		assertThat(handler(other)).isEqualTo("acme-admin");
		assertThat(page("acme-admin", "/tickets/" + other, "zh").selectFirst("[data-testid=routed]").text())
			.contains("主账号");
	}

	@Test
	void aSubUserWithoutServeOrManageOnTheProductFindsNothing() throws Exception {
		String id = openWithFile("WordPress One-Click");
		long file = this.jdbc.queryForObject("SELECT a.file_id FROM ticket_attachment a JOIN ticket t"
				+ " ON t.id = a.ticket_ref WHERE t.ticket_id = ?", Long.class, id);
		assertThat(status("acme-admin", "/tickets/" + id + "/files/" + file)).isEqualTo(200);
		assertThat(status("acme-support", "/tickets/" + id)).isEqualTo(404);
		assertThat(status("acme-support", "/tickets/" + id + "/files/" + file)).isEqualTo(404);
		assertThat(postStatus("acme-support", "/tickets/" + id + "/accept")).isEqualTo(404);
		assertThat(page("acme-support", "/tickets?view=ALL", "en").select("[data-testid=ticket-" + id + "]")).isEmpty();
		assertThat(status("globex-admin", "/tickets/" + id)).isEqualTo(404);
		assertThat(status("acme-admin", "/tickets/" + id + "/files/900001")).isEqualTo(404);
		assertThat(statusOf(id)).isEqualTo(0);
	}

	@Test
	void everyStepIsTakenOnlyInItsStatuses() throws Exception {
		String id = open("Retail Footfall Dataset");
		String path = "/tickets/" + id;
		refused("acme-support", path + "/reply", "text=hello", "ticket.error.notAllowed");
		step("acme-support", path + "/accept", "");
		assertThat(statusOf(id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT due_at IS NULL FROM ticket WHERE ticket_id = ?", Boolean.class, id))
			.as("accepting answers the clock")
			.isTrue();
		refused("acme-support", path + "/accept", "", "ticket.error.notAllowed");
		refused("acme-support", path + "/reply", "text=", "ticket.error.textRequired");
		step("acme-support", path + "/request-info", "kind=CONFIDENTIAL&text=The+database+password+please");
		assertThat(statusOf(id)).isEqualTo(5);
		customer(id, CustomerEvent.Type.ACCESS_GRANTED, null, AccessKind.CONFIDENTIAL, "s3cret-pa55");
		assertThat(statusOf(id)).isEqualTo(1);
		String sealed = this.jdbc.queryForObject("SELECT confidential_info FROM ticket WHERE ticket_id = ?",
				String.class, id);
		assertThat(sealed).isNotNull().doesNotContain("s3cret-pa55");
		MockHttpServletResponse shown = this.mvc
			.perform(post(path + "/secrets/CONFIDENTIAL").with(csrf()).with(users().as("acme-support")))
			.andReturn()
			.getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(shown.getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("[data-testid=secret-value]")
			.text()).isEqualTo("s3cret-pa55");
		assertThat(postStatus("acme-ops", path + "/secrets/CONFIDENTIAL")).isIn(403, 404);
		step("acme-support", path + "/wait", "text=Waiting+for+logs");
		assertThat(statusOf(id)).isEqualTo(17);
		refused("acme-support", path + "/reopen", "", "ticket.error.notAllowed");
		step("acme-support", path + "/resolve", "cause=Wrong+region&solution=Use+ap-southeast-3");
		assertThat(statusOf(id)).isEqualTo(2);
		refused("acme-support", path + "/reopen", "", "ticket.error.notAllowed");
		customer(id, CustomerEvent.Type.CUSTOMER_REFUSED, "Still broken", null, null);
		assertThat(this.jdbc.queryForObject("SELECT pending_marker FROM ticket WHERE ticket_id = ?", Integer.class, id))
			.isEqualTo(1);
		step("acme-support", path + "/reopen", "");
		assertThat(statusOf(id)).isEqualTo(1);
		step("acme-support", path + "/resolve", "cause=Cache&solution=Cleared");
		customer(id, CustomerEvent.Type.CUSTOMER_CONFIRMED, null, null, null);
		assertThat(statusOf(id)).isEqualTo(3);
		assertThat(
				this.jdbc.queryForMap("SELECT console_access, confidential_info FROM ticket WHERE ticket_id = ?", id))
			.containsEntry("console_access", null)
			.containsEntry("confidential_info", null);
		for (String ended : List.of("/accept", "/reopen", "/wait")) {
			refused("acme-support", path + ended, "text=x", "ticket.error.ended");
		}
		refused("acme-admin", path + "/reply", "text=x", "ticket.error.ended");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_type = 'TICKET'"
				+ " AND target_id = ? AND action LIKE 'TICKET_%'", Integer.class, id))
			.as("every step audited, the reading of the secret too")
			.isEqualTo(7);
		Document page = page("acme-support", path, "zh");
		assertThat(page.select("[data-testid=ticket-actions]")).isEmpty();
		assertThat(page.text()).contains("已完成", "工单结束，已清除客户提供的信息");
	}

	@Test
	void transferGoesOnlyToSomeoneWhoMayHandleTheProduct() throws Exception {
		String id = open("Retail Footfall Dataset");
		String path = "/tickets/" + id;
		long ops = users().current("acme-ops").userId();
		refused("acme-support", path + "/transfer", "userId=" + ops + "&reason=help", "ticket.error.notEligible");
		long admin = users().current("acme-admin").userId();
		step("acme-support", path + "/transfer", "userId=" + admin + "&reason=Needs+a+refund");
		assertThat(handler(id)).isEqualTo("acme-admin");
		assertThat(page("acme-support", "/tickets?view=HANDLED", "en").select("[data-testid=ticket-" + id + "]"))
			.hasSize(1);
		assertThat(page("acme-support", "/tickets?view=MINE", "en").select("[data-testid=ticket-" + id + "]"))
			.isEmpty();
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE event = 'TICKET_TRANSFERRED'"
						+ " AND user_id = ? AND args LIKE ?", Integer.class, admin, "%" + id + "%"))
			.isEqualTo(1);
	}

	@Test
	void ticketsFollowTheGrantsAndTheSubUsers() {
		CurrentUser admin = users().current("acme-admin");
		Actor actor = admin.actor("127.0.0.1");
		long product = productId("WordPress One-Click");
		String before = open("WordPress One-Click");
		String name = "tmp-handler-" + ThreadLocalRandom.current().nextInt(1_000_000);
		long helper = this.subUsers.register(admin.merchant(), name, "Temp Handler", Set.of(), actor);
		this.grants.grant(admin.merchant(), product, helper, GrantRole.SERVE, true, null, actor);
		assertThat(handler(before)).as("the new primary handler takes the main account's open tickets").isEqualTo(name);
		assertThat(handler(open("WordPress One-Click"))).isEqualTo(name);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_message WHERE event = 'TICKET_ASSIGNED'" + " AND user_id = ?",
				Integer.class, helper))
			.as("the main account's open tickets of the product, and the new one")
			.isGreaterThanOrEqualTo(2);
		this.subUsers.setEnabled(admin.merchant(), helper, false, actor);
		assertThat(handler(before)).as("disabled: back to the main account").isEqualTo("acme-admin");
		this.subUsers.setEnabled(admin.merchant(), helper, true, actor);
		String later = open("WordPress One-Click");
		assertThat(handler(later)).isEqualTo(name);
		long grant = this.jdbc.queryForObject("SELECT id FROM product_grant WHERE user_id = ?", Long.class, helper);
		this.grants.revoke(admin.merchant(), product, grant, actor);
		assertThat(handler(later)).as("revoked: back to the main account").isEqualTo("acme-admin");
		this.grants.grant(admin.merchant(), product, helper, GrantRole.SERVE, true, null, actor);
		assertThat(handler(later)).isEqualTo(name);
		this.subUsers.remove(admin.merchant(), helper, actor);
		assertThat(handler(later)).as("removed: back to the main account").isEqualTo("acme-admin");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref"
				+ " WHERE t.ticket_id = ? AND e.kind = 'HANDED_OVER'", Integer.class, later))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'TICKET_HANDED_OVER'" + " AND target_id = ?",
				Integer.class, later))
			.isEqualTo(3);
	}

	@Test
	void anExpiredGrantHandsItsTicketsBackAtTheNextSweep() {
		String id = open("Retail Footfall Dataset");
		this.jdbc.update("UPDATE product_grant g JOIN portal_user u ON u.id = g.user_id SET g.expires_at = ?"
				+ " WHERE u.user_name = 'acme-support'", LocalDateTime.now().minusDays(1));
		try {
			assertThat(this.routing.handBackStranded(1000)).isPositive();
			assertThat(handler(id)).isEqualTo("acme-admin");
		}
		finally {
			this.jdbc.update("UPDATE product_grant g JOIN portal_user u ON u.id = g.user_id SET g.expires_at = NULL"
					+ " WHERE u.user_name = 'acme-support'");
		}
	}

	@Autowired
	TicketRouting routing;

	private String open(String product) {
		return open(product, List.of());
	}

	private String openWithFile(String product) {
		return open(product, List.of(new Upload("screen.png", "image/png", PNG)));
	}

	private String open(String product, List<Upload> files) {
		String id = "TK-T-" + ThreadLocalRandom.current().nextInt(100_000_000);
		this.intake.open(
				new NewTicket(id, "acme", productId(product), null, null, "cust-1", "Test Customer Ltd",
						"test-customer", "It does not start", TicketCategory.FAULT, "Please help", files, null),
				"ev-" + id);
		return id;
	}

	private void customer(String id, CustomerEvent.Type type, String message, AccessKind kind, String details) {
		this.intake.customerEvent(id, new CustomerEvent(type, message, List.of(), kind, details, null),
				"ev-" + id + "-" + ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id"
				+ " WHERE m.domain_id = 'acme' AND p.name_en = ?", Long.class, nameEn);
	}

	private String handler(String id) {
		return this.jdbc
			.queryForObject("SELECT u.user_name FROM ticket t JOIN portal_user u ON u.id = t.handler_user_id"
					+ " WHERE t.ticket_id = ?", String.class, id);
	}

	private int statusOf(String id) {
		return this.jdbc.queryForObject("SELECT status FROM ticket WHERE ticket_id = ?", Integer.class, id);
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

	private void step(String user, String path, String form) throws Exception {
		MvcResult result = send(user, path, form);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/tickets/");
		assertThat((java.util.Map<String, Object>) result.getFlashMap()).as(path + " refused: " + result.getFlashMap())
			.doesNotContainKey("ticketError");
	}

	private void refused(String user, String path, String form, String error) throws Exception {
		MvcResult result = send(user, path, form);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
		assertThat((java.util.Map<String, Object>) result.getFlashMap()).as(path).containsEntry("ticketError", error);
	}

	private MvcResult send(String user, String path, String form) throws Exception {
		return this.mvc
			.perform(post(path).with(csrf())
				.with(users().as(user))
				.contentType("application/x-www-form-urlencoded")
				.content(form))
			.andReturn();
	}

	private int postStatus(String user, String path) throws Exception {
		return send(user, path, "").getResponse().getStatus();
	}

	private Document page(String user, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language).with(users().as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(users().as(user))).andReturn().getResponse().getStatus();
	}

}
