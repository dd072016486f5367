package io.sellercenter.notification;

import java.util.Map;

import io.sellercenter.product.ProductService;
import io.sellercenter.product.TestProducts;
import io.sellercenter.review.ReviewService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class NotificationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductService products;

	@Autowired
	ReviewService reviews;

	TestUsers users;

	TestMerchant merchant;

	@BeforeEach
	void merchant() {
		this.users = new TestUsers(this.jdbc);
		this.merchant = TestMerchant.create(this.jdbc);
	}

	@Test
	void listShowsTheUsersOwnMessagesNewestFirstInTheReadersLanguage() throws Exception {
		message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/merchant/profile");
		message(this.merchant.adminId(), NotificationEvent.PROFILE_CHANGE_REJECTED, "/merchant/profile");
		message(this.merchant.subId(), NotificationEvent.COMPLIANCE_LETTER_REJECTED, "/merchant/profile");

		this.mvc.perform(get("/notifications").with(this.users.as(this.merchant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("商家信息变更未通过"), containsString("原因：too blurry"),
					not(containsString("数据合规承诺函未通过")))));
		String english = this.mvc
			.perform(get("/notifications").with(this.users.as(this.merchant.admin())).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Change of merchant information not approved", "Onboarding approved");
		assertThat(english.indexOf("Change of merchant information"))
			.isLessThan(english.indexOf("Onboarding approved"));
	}

	@Test
	void productNamesAreShownInTheReadersLanguage() throws Exception {
		this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.PRODUCT_REJECTED,
				new Recipient(this.merchant.adminId(), null, null),
				Map.of("product", "数据治理咨询", "productEn", "Data Governance Consulting", "reason", "Vague."),
				"/products/applications");

		this.mvc.perform(get("/notifications").with(this.users.as(this.merchant.admin())).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Your application for Data Governance Consulting"),
					not(containsString("数据治理咨询")))));
		this.mvc.perform(get("/notifications").with(this.users.as(this.merchant.admin())).param("lang", "zh-CN"))
			.andExpect(content()
				.string(allOf(containsString("数据治理咨询"), not(containsString("Data Governance Consulting")))));
	}

	@Test
	void timesAreShownInTheReadersTimeZone() throws Exception {
		long id = message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/merchant/profile");
		this.jdbc.update("UPDATE notification_message SET created_at = '2026-03-01 23:30:00' WHERE id = ?", id);

		String page = this.mvc
			.perform(get("/notifications").with(this.users.as(this.merchant.admin()))
				.cookie(new jakarta.servlet.http.Cookie("portal-tz", "Asia/Shanghai")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(page).select("[data-testid=message-" + id + "] .message-time").text())
			.isEqualTo("2026-03-02 07:30 (UTC+08:00)");
	}

	@Test
	void aRejectedApplicationLinksToItselfAndOnlyItsOwnUserFollowsTheLink() throws Exception {
		long application = new TestProducts(this.products, this.reviews)
			.rejected(this.users.current(this.merchant.admin()), "链接咨询", "Linked Consulting", "Say more.");
		long id = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM notification_message WHERE user_id = ? AND event = 'PRODUCT_REJECTED'", Long.class,
				this.merchant.adminId());

		this.mvc.perform(get("/notifications/{id}", id).with(this.users.as(this.merchant.admin())))
			.andExpect(redirectedUrl("/products/applications/" + application));
		this.mvc
			.perform(get("/products/applications/{id}", application).with(this.users.as(this.merchant.admin()))
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say more.")));

		for (String other : new String[] { "globex-admin", this.merchant.sub() }) {
			this.mvc.perform(get("/notifications/{id}", id).with(this.users.as(other)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/products/applications/{id}", application).with(this.users.as("globex-admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aListedProductsNoticesLinkToTheProduct() throws Exception {
		TestProducts products = new TestProducts(this.products, this.reviews);
		long product = products.listed(this.users.current(this.merchant.admin()), "链接镜像", "Linked Listing");

		assertThat(this.jdbc.queryForMap(
				"SELECT args, link FROM notification_message WHERE user_id = ? AND event = 'PRODUCT_APPROVED'",
				this.merchant.adminId()))
			.containsEntry("link", "/products/" + product);
		this.mvc.perform(get("/notifications").with(this.users.as(this.merchant.admin())).param("lang", "en"))
			.andExpect(content().string(containsString("Your application for Linked Listing was approved")));
		this.mvc.perform(get("/products/{id}", product).with(this.users.as("globex-admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void unreadCountIsJsonForTheBell() throws Exception {
		message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/");
		message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/");

		this.mvc.perform(get("/notifications/unread-count").with(this.users.as(this.merchant.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(jsonPath("$.unread").value(2));
		this.mvc.perform(get("/notifications/unread-count").with(this.users.as(this.merchant.sub())))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void openingAMessageMarksItReadAndFollowsItsLink() throws Exception {
		long id = message(this.merchant.adminId(), NotificationEvent.PROFILE_CHANGE_APPROVED, "/merchant/profile");

		this.mvc.perform(get("/notifications/{id}", id).with(this.users.as(this.merchant.admin())))
			.andExpect(redirectedUrl("/merchant/profile"));

		assertThat(readAt(id)).isNotNull();
	}

	@Test
	void markReadAndMarkAllReadChangeOnlyTheUsersOwnMessages() throws Exception {
		long first = message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/");
		long second = message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/");
		long subs = message(this.merchant.subId(), NotificationEvent.ONBOARDING_APPROVED, "/");

		this.mvc
			.perform(post("/notifications/{id}/read", first).param("page", "2")
				.with(this.users.as(this.merchant.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/notifications?page=2"))
			.andExpect(flash().attribute("message", "notification.markedRead"));
		assertThat(readAt(first)).isNotNull();
		assertThat(readAt(second)).isNull();

		this.mvc.perform(post("/notifications/read-all").with(this.users.as(this.merchant.admin())).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(readAt(second)).isNotNull();
		assertThat(readAt(subs)).as("the sub-user's own message").isNull();
	}

	@Test
	void anotherUsersMessageIsNotFoundAndStaysUnread() throws Exception {
		long admins = message(this.merchant.adminId(), NotificationEvent.ONBOARDING_APPROVED, "/merchant/profile");

		this.mvc.perform(get("/notifications/{id}", admins).with(this.users.as(this.merchant.sub())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/{id}/read", admins).with(this.users.as(this.merchant.sub())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/{id}", admins).with(this.users.as("globex-admin")))
			.andExpect(status().isNotFound());

		assertThat(readAt(admins)).isNull();
	}

	@Test
	void operatorsReadTheirOwnMessages() throws Exception {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		this.notifications.notifyOperators(NotificationEvent.REVIEW_ITEM_SUBMITTED,
				Map.of("merchant", "Merchant of the test", "kind", "COMPLIANCE_LETTER"), "/operator/reviews/7");

		this.mvc.perform(get("/notifications").with(this.users.as("mkt-reviewer")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Merchant of the test submitted a data compliance commitment letter")))
			.andExpect(content().string(not(containsString("data-testid=\"notification-settings\""))));
		this.mvc.perform(get("/notifications/unread-count").with(this.users.as("mkt-reviewer")))
			.andExpect(jsonPath("$.unread").isNumber());
		this.mvc.perform(get("/notifications/settings").with(this.users.as("mkt-reviewer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void mainAccountSavesSettingsAndTheChangeIsAudited() throws Exception {
		String page = this.mvc.perform(get("/notifications/settings").with(this.users.as(this.merchant.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("input[name=on]")).as("every cell, all on by default")
			.hasSize(NotificationEvent.merchantEvents().size() * 3)
			.allSatisfy((cell) -> assertThat(cell.hasAttr("checked")).isTrue());

		this.mvc
			.perform(post("/notifications/settings").with(this.users.as(this.merchant.admin()))
				.with(csrf())
				.param("on", "ONBOARDING_APPROVED:EMAIL", "ONBOARDING_APPROVED:IN_SITE", "NOT_AN_EVENT:SMS")
				.param("language", "EN"))
			.andExpect(redirectedUrl("/notifications/settings"))
			.andExpect(flash().attribute("message", "notification.settings.saved"));

		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_opt_out WHERE merchant_id = ? AND event = 'ONBOARDING_APPROVED'",
				Long.class, this.merchant.id().value()))
			.as("only SMS is off for approvals")
			.isOne();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_opt_out WHERE merchant_id = ?",
				Long.class, this.merchant.id().value()))
			.as("every other cell was left unchecked")
			.isEqualTo(NotificationEvent.merchantEvents().size() * 3 - 2);
		assertThat(this.jdbc.queryForObject("SELECT language FROM notification_preference WHERE merchant_id = ?",
				String.class, this.merchant.id().value()))
			.isEqualTo("en");
		assertThat(this.jdbc.queryForMap(
				"SELECT actor_name, client_ip FROM audit_log WHERE merchant_id = ? AND action = 'NOTIFICATION_SETTINGS_CHANGED'",
				this.merchant.id().value()))
			.containsEntry("actor_name", this.merchant.admin())
			.containsEntry("client_ip", "127.0.0.1");
	}

	@Test
	void settingsWithoutALanguageAreShownAgainAndNotSaved() throws Exception {
		this.mvc
			.perform(post("/notifications/settings").with(this.users.as(this.merchant.admin()))
				.with(csrf())
				.param("on", "ONBOARDING_APPROVED:EMAIL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid-feedback")));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_opt_out WHERE merchant_id = ?",
				Long.class, this.merchant.id().value()))
			.isZero();
	}

	@Test
	void subUsersMayNotChangeSettings() throws Exception {
		this.mvc.perform(get("/notifications/settings").with(this.users.as(this.merchant.sub())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/notifications/settings").with(this.users.as(this.merchant.sub()))
				.with(csrf())
				.param("language", "EN"))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_preference WHERE merchant_id = ?",
				Long.class, this.merchant.id().value()))
			.isZero();
	}

	private long message(long userId, NotificationEvent event, String link) {
		this.notifications.notifyMerchant(this.merchant.id(), event, new Recipient(userId, null, null),
				Map.of("merchant", "Merchant of the test", "reason", "too blurry"), link);
		return this.jdbc.queryForObject("SELECT MAX(id) FROM notification_message WHERE user_id = ?", Long.class,
				userId);
	}

	private Object readAt(long id) {
		return this.jdbc.queryForObject("SELECT read_at FROM notification_message WHERE id = ?", Object.class, id);
	}

}
