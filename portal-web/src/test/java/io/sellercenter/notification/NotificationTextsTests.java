package io.sellercenter.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts of notifications, from the portal's real bundles. */
class NotificationTextsTests {

	private final NotificationTexts texts = new NotificationTexts(bundles());

	@Test
	void everyEventHasATitleAndABodyInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties keys = load(bundle);
			for (NotificationEvent event : NotificationEvent.values()) {
				assertThat(keys).as(bundle)
					.containsKeys("notification." + event + ".title", "notification." + event + ".body");
			}
		}
	}

	@Test
	void namedPlaceholdersAreFilledAndQuotesKeptAsWritten() {
		NotificationTexts.Text english = this.texts.render(NotificationEvent.PROFILE_CHANGE_REJECTED,
				Map.of("merchant", "Acme's Cloud", "reason", "the licence isn't readable {0}"), Locale.ENGLISH);

		assertThat(english.title()).isEqualTo("Change of merchant information not approved");
		assertThat(english.body()).isEqualTo("The change of merchant information of Acme's Cloud was not approved. "
				+ "Reason: the licence isn't readable {0}");
	}

	@Test
	void codesAmongTheArgumentsAreShownInTheReadersLanguageAndMissingOnesAreEmpty() {
		Map<String, String> args = Map.of("merchant", "Acme Cloud", "kind", "PROFILE_CHANGE");

		assertThat(this.texts.render(NotificationEvent.REVIEW_ITEM_SUBMITTED, args, Locale.SIMPLIFIED_CHINESE).body())
			.isEqualTo("Acme Cloud 提交了商家信息变更，等待审核。");
		assertThat(this.texts.render(NotificationEvent.REVIEW_ITEM_SUBMITTED, args, Locale.ENGLISH).body())
			.isEqualTo("Acme Cloud submitted a change of merchant information for review.");
		assertThat(this.texts.render(NotificationEvent.ONBOARDING_REJECTED, Map.of(), Locale.ENGLISH).body())
			.endsWith("Reason: ");
	}

	@Test
	void mailHasTheSubjectTheBodyALinkToThePortalAndAFooter() {
		OutboxMessage message = new OutboxMessage(1, 1L, NotificationEvent.ONBOARDING_REJECTED, Channel.EMAIL,
				"contact@acme.test", NotificationLanguage.ZH_CN, Map.of("merchant", "Acme Cloud", "reason", "执照模糊"),
				"/merchant/profile", 1);

		NotificationTexts.Delivery mail = this.texts.delivery(message, "https://seller.example.test/");

		assertThat(mail.subject()).isEqualTo("【卖家中心】入驻申请未通过");
		assertThat(mail.text()).startsWith("Acme Cloud 的入驻申请未通过审核，请修改后重新提交。原因：执照模糊\n\n")
			.contains("查看详情：https://seller.example.test/merchant/profile\n")
			.contains("请勿直接回复");
		assertThat(this.texts.delivery(message, null).text()).doesNotContain("查看详情");
	}

	@Test
	void smsIsTheTitleAndTheBodyInTheMerchantsLanguage() {
		OutboxMessage message = new OutboxMessage(1, 1L, NotificationEvent.ONBOARDING_APPROVED, Channel.SMS, "+86 138",
				NotificationLanguage.EN, Map.of("merchant", "Acme Cloud"), "/merchant/profile", 1);

		NotificationTexts.Delivery sms = this.texts.delivery(message, "https://seller.example.test");

		assertThat(sms.subject()).isNull();
		assertThat(sms.text()).isEqualTo("[Seller Center] Onboarding approved: The onboarding application of "
				+ "Acme Cloud has been approved. You can now publish products.");
	}

	/** As Spring Boot configures the portal's: UTF-8, no fallback to the JVM's locale. */
	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = NotificationTextsTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
