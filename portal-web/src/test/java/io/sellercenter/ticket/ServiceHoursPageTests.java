package io.sellercenter.ticket;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Acme's service hours page: the main account's to set, every error shown at once. */
@PortalTest
class ServiceHoursPageTests {

	private static final String PATH = "/tickets/service-hours";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServiceHoursService hours;

	TestUsers users;

	MerchantId acme;

	@BeforeEach
	void acme() {
		this.users = new TestUsers(this.jdbc);
		this.acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		forget();
	}

	/** Acme keeps the default hours for every other test (tickets count in them). */
	@AfterEach
	void forget() {
		this.jdbc.update("DELETE FROM service_hours WHERE merchant_id = ?", this.acme.value());
	}

	@Test
	void pageShowsTheDefaultUntilTheMerchantSetsItsOwn() throws Exception {
		Document page = page(get(PATH), "en");

		assertThat(page.select("input[name=days][checked]").eachAttr("value")).containsExactly("MONDAY", "TUESDAY",
				"WEDNESDAY", "THURSDAY", "FRIDAY");
		assertThat(page.select("input[name=opens]").val()).isEqualTo("09:00");
		assertThat(page.select("input[name=closes]").val()).isEqualTo("18:00");
		assertThat(page.select("select[name=zone] option[selected]").val()).isEqualTo("Asia/Shanghai");
		assertThat(page.select("input[name=firstResponseHours]").val()).isEqualTo("4");
	}

	@Test
	void mainAccountSavesValidHoursAndTheChangeIsAudited() throws Exception {
		this.mvc
			.perform(post(PATH).with(this.users.as("acme-admin"))
				.with(csrf())
				.param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
				.param("opens", "08:30")
				.param("closes", "17:30")
				.param("zone", "America/New_York")
				.param("firstResponseHours", "2.5"))
			.andExpect(redirectedUrl(PATH))
			.andExpect(flash().attribute("message", "serviceHours.saved"));

		assertThat(this.jdbc.queryForMap("""
				SELECT days, TIME_FORMAT(opens_at, '%H:%i') AS opens, TIME_FORMAT(closes_at, '%H:%i') AS closes,
				       time_zone, first_response_minutes
				FROM service_hours
				WHERE merchant_id = ?""", this.acme.value())).containsEntry("days", "MON,TUE,WED,THU,FRI,SAT")
			.containsEntry("opens", "08:30")
			.containsEntry("closes", "17:30")
			.containsEntry("time_zone", "America/New_York")
			.containsEntry("first_response_minutes", 150);
		assertThat(this.hours.of(this.acme))
			.isEqualTo(new ServiceHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 30),
					LocalTime.of(17, 30), ZoneId.of("America/New_York"), 150));
		Map<String, Object> audit = this.jdbc.queryForMap("""
				SELECT actor_name, target_type, target_id, before_value, after_value
				FROM audit_log
				WHERE merchant_id = ?
				  AND action = 'SERVICE_HOURS_CHANGED'
				ORDER BY id DESC
				LIMIT 1""", this.acme.value());
		assertThat(audit).containsEntry("actor_name", "acme-admin")
			.containsEntry("target_type", "SERVICE_HOURS")
			.containsEntry("target_id", this.acme.toString());
		assertThat((String) audit.get("before_value")).contains("Asia/Shanghai", "240");
		assertThat((String) audit.get("after_value")).contains("America/New_York", "SATURDAY", "150");

		String log = page(get("/audit"), "en").text();
		assertThat(log).contains("Changed the service hours", "Saturday", "America/New_York");
	}

	@Test
	void fourDaysAreRefusedWithTheMessageAndNothingIsStored() throws Exception {
		Document page = page(valid().param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), "en");

		assertThat(page.select("[data-testid=days-error]").text()).isEqualTo("Choose at least 5 service days.");
		assertThat(page.select("[data-testid=form-errors] li").eachText())
			.containsExactly("Service days: Choose at least 5 service days.");
		assertThat(page.select("input[name=days][checked]")).as("the choice kept").hasSize(4);
		assertNothingStored();
	}

	@Test
	void sevenHoursADayAreRefused() throws Exception {
		Document page = page(weekdays().param("opens", "09:00")
			.param("closes", "16:00")
			.param("zone", "Asia/Shanghai")
			.param("firstResponseHours", "4"), "zh-CN");

		assertThat(page.select("[data-testid=closes-error]").text()).isEqualTo("每个服务日至少 8 小时。");
		assertNothingStored();
	}

	@Test
	void everyProblemIsShownAtOnceUnderItsFieldAndInTheSummary() throws Exception {
		Document page = page(post(PATH).param("days", "SATURDAY")
			.param("opens", "18:00")
			.param("closes", "09:00")
			.param("zone", "Mars/Olympus_Mons")
			.param("firstResponseHours", "73"), "en");

		assertThat(page.select(".invalid-feedback").eachText()).containsExactly("Choose at least 5 service days.",
				"Closing must be after opening on the same day: overnight hours are not supported.",
				"Choose a time zone from the list.", "Enter between 0.5 and 72 working hours.");
		assertThat(page.select("[data-testid=form-errors] li")).hasSize(4);
		assertThat(page.select("select[name=zone] option").eachAttr("value")).as("no made-up zone offered")
			.doesNotContain("Mars/Olympus_Mons");
		assertNothingStored();
	}

	@Test
	void valuesThatAreNotTimesOrNumbersAreNamedInWords() throws Exception {
		Document page = page(weekdays().param("opens", "nine")
			.param("closes", "")
			.param("zone", "Asia/Shanghai")
			.param("firstResponseHours", "soon"), "en");

		assertThat(page.select("[data-testid=opens-error]").text()).isEqualTo("Enter a time, such as 09:00.");
		assertThat(page.select("[data-testid=closes-error]").text()).isEqualTo("Please fill in this field.");
		assertThat(page.select("[data-testid=firstResponseHours-error]").text())
			.isEqualTo("Enter a number, such as 9.90.");
		assertNothingStored();
	}

	@Test
	void aStoredZoneOutsideTheListIsKept() throws Exception {
		this.hours.save(this.acme, new ServiceHours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0),
				LocalTime.of(20, 0), ZoneId.of("Australia/Sydney"), 60), Actor.system("test", this.acme));

		Document page = page(get(PATH), "en");

		assertThat(page.select("select[name=zone] option[selected]").val()).isEqualTo("Australia/Sydney");
		assertThat(page.select("input[name=days][checked]")).hasSize(7);
		assertThat(page.select("input[name=firstResponseHours]").val()).isEqualTo("1");
	}

	@Test
	void subUsersMayNotSeeOrChangeTheHours() throws Exception {
		this.mvc.perform(get(PATH).with(this.users.as("acme-ops"))).andExpect(status().isForbidden());
		this.mvc
			.perform(valid().param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
				.with(this.users.as("acme-ops"))
				.with(csrf()))
			.andExpect(status().isForbidden());

		assertNothingStored();
	}

	@Test
	void bothLanguagesShowTheirOwnWordsAndNoMessageKeys() throws Exception {
		for (String lang : new String[] { "en", "zh-CN" }) {
			for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get(PATH),
					post(PATH).param("opens", "x") }) {
				String html = page(request, lang).outerHtml();
				assertThat(html).as(lang).doesNotContain("??", "serviceHours.", "day.MONDAY");
			}
		}
		assertThat(page(get(PATH), "en").text()).contains("Service hours", "Monday", "Sunday", "Time zone");
		assertThat(page(get(PATH), "zh-CN").text()).contains("服务时间", "星期一", "星期日", "时区");
	}

	private MockHttpServletRequestBuilder valid() {
		return post(PATH).param("opens", "09:00")
			.param("closes", "18:00")
			.param("zone", "Asia/Shanghai")
			.param("firstResponseHours", "4");
	}

	private static MockHttpServletRequestBuilder weekdays() {
		return post(PATH).param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
	}

	private Document page(MockHttpServletRequestBuilder request, String lang) throws Exception {
		String html = this.mvc.perform(request.param("lang", lang).with(this.users.as("acme-admin")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private void assertNothingStored() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM service_hours WHERE merchant_id = ?", Integer.class,
				this.acme.value()))
			.isZero();
	}

}
