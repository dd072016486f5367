package io.sellercenter.audit;

import java.util.List;
import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main account reads its merchant's audit log, filtered; operators read everyone's.
 * Entries read as people write them: actions and values in words, the object named and
 * linked, what changed side by side, addresses compressed.
 */
@PortalTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A user name of this test's own, so that other tests' entries stay out of its
	 * filters.
	 */
	private final String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);

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
		operator();
		this.mvc.perform(get("/operator/audit").param("action", "TEST_ACTION").with(users().as("mkt-reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acme-thing")))
			.andExpect(content().string(containsString("globex-thing")));
	}

	@Test
	void subUsersCannotReadTheLog() throws Exception {
		this.mvc.perform(get("/audit").with(users().as("acme-support"))).andExpect(status().isForbidden());
	}

	@Test
	void actionsReadInWordsAndAddressesAsPeopleWriteThem() throws Exception {
		long acme = merchant("acme");
		entry(acme, "SIGN_IN", "SESSION", "h1", null, null, "0:0:0:0:0:0:0:1");
		entry(acme, "SIGN_OUT", "SESSION", "h1", null, null, "::ffff:192.0.2.7");
		entry(acme, "SESSION_ENDED", "SESSION", "h2", null, null, "2001:db8:0:0:0:0:0:1");

		Document en = page("acme-admin", "/audit?user=" + this.actor, "en");
		assertThat(cells(en, "audit-action-words")).containsExactly("Ended a session", "Signed out", "Signed in");
		assertThat(cells(en, "audit-subject")).containsOnly("Session");
		assertThat(cells(en, "audit-address")).containsExactly("2001:db8::1", "192.0.2.7", "::1");
		assertThat(table(en)).doesNotContain("SIGN_IN", "SESSION", "0:0:0:0:0:0:0:1", "::ffff");

		Document zh = page("acme-admin", "/audit?user=" + this.actor, "zh-CN");
		assertThat(cells(zh, "audit-action-words")).containsExactly("结束会话", "退出登录", "登录");

		// The action filter offers the actions in words, and keeps the one chosen.
		Document filtered = page("acme-admin", "/audit?action=SIGN_OUT&user=" + this.actor, "en");
		Element action = filtered.selectFirst("select#action");
		assertThat(action.select("option[value=SIGN_IN]").text()).isEqualTo("Signed in");
		assertThat(action.select("option").eachText()).noneMatch((text) -> text.matches(".*[A-Z][A-Z_]{3,}.*"));
		assertThat(action.selectFirst("option[selected]").val()).isEqualTo("SIGN_OUT");
		assertThat(cells(filtered, "audit-action-words")).containsExactly("Signed out");
	}

	@Test
	void aChangeShowsItsFieldsBeforeAndAfterAndANameLinkedToItsPage() throws Exception {
		String name = "Audited " + this.actor;
		this.mvc
			.perform(post("/sub-users/groups").param("name", name)
				.param("menus", "ORDERS")
				.with(csrf())
				.with(users().as("acme-admin")))
			.andExpect(status().is3xxRedirection());
		long group = this.jdbc.queryForObject("SELECT id FROM permission_group WHERE name = ?", Long.class, name);
		this.mvc
			.perform(post("/sub-users/groups/" + group).param("name", name + " 2")
				.param("menus", "ORDERS", "USAGE")
				.with(csrf())
				.with(users().as("acme-admin")))
			.andExpect(status().is3xxRedirection());

		Element updated = row(page("acme-admin", "/audit?action=GROUP_UPDATED&user=acme-admin", "en"), group);
		assertThat(updated.select("[data-testid=audit-action-words]").text()).isEqualTo("Changed a permission group");
		Element link = updated.selectFirst("[data-testid=audit-subject] a");
		assertThat(link.attr("href")).isEqualTo("/sub-users/groups/" + group);
		assertThat(link.text()).isEqualTo(name + " 2");
		assertThat(diff(updated)).containsExactly(List.of("Name", name, "→", name + " 2"),
				List.of("Menus", "Orders", "→", "Orders, Usage records"));
		assertThat(updated.text()).doesNotContain("{", "}", "ORDERS", "USAGE");

		Element created = row(page("acme-admin", "/audit?action=GROUP_CREATED&user=acme-admin", "zh-CN"), group);
		assertThat(created.select("[data-testid=audit-facts] dt").eachText()).containsExactly("名称", "菜单");
		assertThat(created.select("[data-testid=audit-facts] dd").eachText()).containsExactly(name, "订单");

		// Once the group is gone, its entries name its kind and id, without a link.
		this.mvc.perform(post("/sub-users/groups/" + group + "/delete").with(csrf()).with(users().as("acme-admin")))
			.andExpect(status().is3xxRedirection());
		Element gone = row(page("acme-admin", "/audit?action=GROUP_UPDATED&user=acme-admin", "en"), group);
		assertThat(gone.select("[data-testid=audit-subject] a")).isEmpty();
		assertThat(gone.select("[data-testid=audit-subject]").text())
			.isEqualTo("Permission group " + group + " no longer exists");
	}

	@Test
	void objectsAreNamedInTheReadersLanguageAndLinkedOnlyWithinTheMerchant() throws Exception {
		long acme = merchant("acme");
		long product = this.jdbc.queryForObject(
				"SELECT MIN(id) FROM product WHERE merchant_id = ? AND name_en <> name_zh", Long.class, acme);
		String nameEn = this.jdbc.queryForObject("SELECT name_en FROM product WHERE id = ?", String.class, product);
		String nameZh = this.jdbc.queryForObject("SELECT name_zh FROM product WHERE id = ?", String.class, product);
		long globexProduct = this.jdbc.queryForObject("SELECT MIN(id) FROM product WHERE merchant_id = ?", Long.class,
				merchant("globex"));
		String globexName = this.jdbc.queryForObject("SELECT name_en FROM product WHERE id = ?", String.class,
				globexProduct);
		long ops = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-ops'", Long.class);
		entry(acme, "PRODUCT_GRANTED", "PRODUCT", String.valueOf(product), null,
				"{\"user\":\"acme-ops\",\"role\":\"SERVE\",\"primary\":true,\"expiresAt\":\"2026-12-31T16:00:00\"}",
				"192.0.2.1");
		entry(acme, "SUB_USER_DISABLED", "SUB_USER", "acme-ops", "{\"status\":\"ACTIVE\"}", "{\"status\":\"DISABLED\"}",
				"192.0.2.1");
		// An entry pointing at another merchant's product (it cannot happen, but if it
		// did)
		// names nothing of theirs.
		entry(acme, "PRODUCT_GRANT_REVOKED", "PRODUCT", String.valueOf(globexProduct), null, null, "192.0.2.1");

		Document en = page("acme-admin", "/audit?user=" + this.actor, "en");
		Element granted = en.select("[data-testid=audit-table] > tbody > tr").get(2);
		assertThat(granted.selectFirst("[data-testid=audit-subject] a").attr("href")).isEqualTo("/products/" + product);
		assertThat(granted.selectFirst("[data-testid=audit-subject] a").text()).isEqualTo(nameEn);
		assertThat(granted.select("[data-testid=audit-facts] dd").eachText()).containsExactly("acme-ops", "Serve",
				"Yes", "2027-01-01 00:00");
		Element disabled = en.select("[data-testid=audit-table] > tbody > tr").get(1);
		assertThat(disabled.selectFirst("[data-testid=audit-subject] a").attr("href")).isEqualTo("/sub-users/" + ops);
		assertThat(diff(disabled)).containsExactly(List.of("Status", "Active", "→", "Disabled"));
		Element foreign = en.select("[data-testid=audit-table] > tbody > tr").get(0);
		assertThat(foreign.select("[data-testid=audit-subject] a")).isEmpty();
		assertThat(foreign.text()).doesNotContain(globexName).contains("no longer exists");

		Document zh = page("acme-admin", "/audit?user=" + this.actor, "zh-CN");
		assertThat(zh.select("[data-testid=audit-subject] a").eachText()).contains(nameZh);
		assertThat(zh.select("[data-testid=audit-diff]").text()).contains("正常", "已停用");
	}

	@Test
	void operatorsSeeTheMerchantOfEachEntryAndFilterByIt() throws Exception {
		operator();
		long acme = merchant("acme");
		long globex = merchant("globex");
		long review = this.jdbc.queryForObject("SELECT MIN(id) FROM review_request WHERE merchant_id = ?", Long.class,
				globex);
		entry(acme, "KEY_CREATED", "KEY", "ak-" + this.actor, null, "{\"name\":\"Build server\"}", "192.0.2.1");
		entry(globex, "REVIEW_REJECTED", "REVIEW", String.valueOf(review), "{\"status\":\"PENDING\"}",
				"{\"status\":\"REJECTED\",\"reason\":\"Blurred licence\"}", "192.0.2.1");

		Document all = page("mkt-reviewer", "/operator/audit?user=" + this.actor, "en");
		assertThat(all.select("thead th").eachText()).contains("Merchant");
		assertThat(cells(all, "audit-merchant")).containsExactly("Globex Data", "Acme Cloud");
		assertThat(all.select("[data-testid=audit-merchant] a").eachAttr("href"))
			.containsExactly("/operator/merchants/" + globex, "/operator/merchants/" + acme);
		Element rejected = all.select("[data-testid=audit-table] > tbody > tr").get(0);
		assertThat(rejected.selectFirst("[data-testid=audit-subject] a").attr("href"))
			.isEqualTo("/operator/reviews/" + review);
		assertThat(diff(rejected)).containsExactly(List.of("Status", "Under review", "→", "Rejected"),
				List.of("Reason", "—", "→", "Blurred licence"));

		assertThat(cells(page("mkt-reviewer", "/operator/audit?merchant=globex&user=" + this.actor, "en"),
				"audit-merchant"))
			.containsExactly("Globex Data");
		assertThat(cells(page("mkt-reviewer",
				get("/operator/audit").param("merchant", "acme cl").param("user", this.actor), "en"), "audit-merchant"))
			.containsExactly("Acme Cloud");
		assertThat(cells(page("mkt-reviewer", "/operator/audit?merchant=nobody&user=" + this.actor, "en"),
				"audit-merchant"))
			.isEmpty();
	}

	@Test
	void merchantsHaveNoMerchantColumnOrFilter() throws Exception {
		Document page = page("acme-admin", "/audit", "en");
		assertThat(page.select("[data-testid=audit-merchant]")).isEmpty();
		assertThat(page.select("input#merchant")).isEmpty();
	}

	private void entry(long merchant, String action, String targetType, String targetId, String before, String after,
			String ip) {
		this.jdbc.update("""
				INSERT INTO audit_log (merchant_id, actor_user_id, actor_name, action, target_type, target_id,
				                       before_value, after_value, client_ip, created_at)
				VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))
				""", merchant, this.actor, action, targetType, targetId, before, after, ip);
	}

	private long merchant(String domain) {
		return this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
	}

	private void operator() {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
	}

	private Document page(String user, String path, String language) throws Exception {
		return page(user, get(path), language);
	}

	private Document page(String user, MockHttpServletRequestBuilder request, String language) throws Exception {
		String html = this.mvc.perform(request.header("Accept-Language", language).with(users().as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> cells(Document page, String testId) {
		return page.select("[data-testid=" + testId + "]").eachText();
	}

	private static String table(Document page) {
		return page.selectFirst("[data-testid=audit-table]").text();
	}

	/** The row of the newest entry about the group. */
	private static Element row(Document page, long group) {
		for (Element row : page.select("[data-testid=audit-table] > tbody > tr")) {
			Element link = row.selectFirst("[data-testid=audit-subject] a");
			if ((link != null && link.attr("href").endsWith("/groups/" + group))
					|| row.select("[data-testid=audit-subject]").text().contains("group " + group + " ")) {
				return row;
			}
		}
		throw new AssertionError("no entry about group " + group + " in " + page.text());
	}

	private static List<List<String>> diff(Element row) {
		return row.select("[data-testid=audit-diff] tr").stream().map((tr) -> tr.children().eachText()).toList();
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}
