package io.sellercenter.notification;

import java.util.Map;

import io.sellercenter.audit.AuditLog;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@MapperTest
@Import({ InSiteMessages.class, Notifications.class, Outbox.class, NotificationSettingsService.class, AuditLog.class })
class InSiteMessagesTests {

	@Autowired
	InSiteMessages inbox;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	Tenants tenants;

	MerchantId acme;

	MerchantId globex;

	long acmeAdmin;

	long acmeOps;

	long globexAdmin;

	@BeforeEach
	void tenants() {
		this.tenants = new Tenants(this.jdbc);
		this.acme = this.tenants.merchant("acme");
		this.globex = this.tenants.merchant("globex");
		this.acmeAdmin = this.tenants.user("acme-admin");
		this.acmeOps = this.tenants.user("acme-ops");
		this.globexAdmin = this.tenants.user("globex-admin");
	}

	@Test
	void pageListsOwnMessagesNewestFirstWithTheUnreadCount() {
		notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/first");
		notify(this.acme, this.acmeAdmin, NotificationEvent.PROFILE_CHANGE_REJECTED, "/second");
		notify(this.acme, this.acmeOps, NotificationEvent.PROFILE_CHANGE_APPROVED, "/ops");
		notify(this.globex, this.globexAdmin, NotificationEvent.ONBOARDING_APPROVED, "/globex");

		Page<InSiteMessage> page = this.inbox.page(this.acme, this.acmeAdmin, new PageRequest(1, 20));

		assertThat(page.items()).extracting(InSiteMessage::link).containsExactly("/second", "/first");
		assertThat(page.items().get(0).args()).containsEntry("reason", "because");
		assertThat(page.total()).isEqualTo(2);
		assertThat(this.inbox.unreadCount(this.acme, this.acmeAdmin)).isEqualTo(2);
		assertThat(this.inbox.unreadCount(this.acme, this.acmeOps)).isEqualTo(1);
	}

	@Test
	void pageSplitsIntoPagesOfTheRequestedSize() {
		for (int i = 1; i <= 23; i++) {
			notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/n/" + i);
		}

		Page<InSiteMessage> second = this.inbox.page(this.acme, this.acmeAdmin, new PageRequest(2, 20));
		Page<InSiteMessage> beyond = this.inbox.page(this.acme, this.acmeAdmin, new PageRequest(5, 20));

		assertThat(second.items()).extracting(InSiteMessage::link).containsExactly("/n/3", "/n/2", "/n/1");
		assertThat(second.pages()).isEqualTo(2);
		assertThat(beyond.page()).as("a page past the end is the last page").isEqualTo(2);
		assertThat(beyond.items()).isEqualTo(second.items());
	}

	@Test
	void markReadWhenMessageOfAnotherUserOrMerchantThenNotFoundAndUnchanged() {
		long id = notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/x");

		assertThat(this.inbox.markRead(this.acme, this.acmeOps, id)).isFalse();
		assertThat(this.inbox.markRead(this.globex, this.globexAdmin, id)).isFalse();
		assertThat(this.inbox.markRead(this.globex, this.acmeAdmin, id)).as("right user, wrong merchant").isFalse();
		assertThat(this.inbox.markRead(null, this.acmeAdmin, id)).as("as if an operator").isFalse();
		assertThat(this.inbox.open(this.globex, this.globexAdmin, id)).isEmpty();
		assertThat(readAt(id)).isNull();

		assertThat(this.inbox.markRead(this.acme, this.acmeAdmin, id)).isTrue();
		assertThat(readAt(id)).isNotNull();
		assertThat(this.inbox.markRead(this.acme, this.acmeAdmin, id)).as("read before still counts").isTrue();
	}

	@Test
	void openMarksReadAndGivesTheLink() {
		long id = notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/merchant/profile");

		assertThat(this.inbox.open(this.acme, this.acmeAdmin, id)).hasValueSatisfying((message) -> {
			assertThat(message.link()).isEqualTo("/merchant/profile");
			assertThat(message.unread()).isFalse();
		});
		assertThat(this.inbox.unreadCount(this.acme, this.acmeAdmin)).isZero();
	}

	@Test
	void markAllReadTouchesOnlyTheUsersOwnMessages() {
		notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/a");
		notify(this.acme, this.acmeAdmin, NotificationEvent.ONBOARDING_APPROVED, "/b");
		notify(this.acme, this.acmeOps, NotificationEvent.ONBOARDING_APPROVED, "/c");
		notify(this.globex, this.globexAdmin, NotificationEvent.ONBOARDING_APPROVED, "/d");

		assertThat(this.inbox.markAllRead(this.acme, this.acmeAdmin)).isEqualTo(2);

		assertThat(this.inbox.unreadCount(this.acme, this.acmeAdmin)).isZero();
		assertThat(this.inbox.unreadCount(this.acme, this.acmeOps)).isOne();
		assertThat(this.inbox.unreadCount(this.globex, this.globexAdmin)).isOne();
	}

	@Test
	void operatorsReadTheirMessagesWithoutAMerchant() {
		long rita = this.tenants.operator("op-rita", "ACTIVE");
		this.notifications.notifyOperators(NotificationEvent.REVIEW_ITEM_SUBMITTED, Map.of("kind", "ONBOARDING"),
				"/operator/reviews/1");

		assertThat(this.inbox.page(null, rita, new PageRequest(1, 20)).items()).singleElement()
			.satisfies((message) -> assertThat(message.event()).isEqualTo(NotificationEvent.REVIEW_ITEM_SUBMITTED));
		assertThat(this.inbox.unreadCount(this.acme, rita)).as("not in any merchant's inbox").isZero();
		assertThat(this.inbox.markAllRead(null, rita)).isOne();
	}

	private long notify(MerchantId merchant, long userId, NotificationEvent event, String link) {
		this.notifications.notifyMerchant(merchant, event, new Recipient(userId, null, null),
				Map.of("reason", "because"), link);
		return this.jdbc.queryForObject("SELECT MAX(id) FROM notification_message WHERE user_id = ?", Long.class,
				userId);
	}

	private Object readAt(long id) {
		return this.jdbc.queryForObject("SELECT read_at FROM notification_message WHERE id = ?", Object.class, id);
	}

}
