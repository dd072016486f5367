package io.sellercenter.usage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.sellercenter.product.Viewer;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The ledger's reads over records and their verdicts (two tables since V14). The summary
 * of rejections by code reads the verdicts alone (their summary index): it must count
 * exactly the rejected records received in the period, the start included and the end
 * not, and for a sub-user only those of granted products. The list's state filter finds
 * each state, received (no verdict yet) included, and names products in the reader's
 * language.
 */
@PortalTest
class UsageLedgerTests {

	@Autowired
	UsageLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * A minute of its own in 2020 for each run: no other test's records are received
	 * then.
	 */
	final LocalDateTime from = LocalDateTime.of(2020, 1, 1, 0, 0)
		.plusMinutes(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 500_000L) * 2);

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void countsTheRejectionsReceivedInThePeriodByCode() {
		LedgerFixtures acme = LedgerFixtures.of(this.jdbc, "acme");
		long wordpress = acme.product("WordPress One-Click");
		long footfall = acme.product("Retail Footfall Dataset");
		acme.record(this.run + "-a", "ins-wp", wordpress, "REJECTED", "003", "1", this.from);
		acme.record(this.run + "-b", "ins-ff", footfall, "REJECTED", "003", "1", this.from.plusSeconds(30));
		acme.record(this.run + "-c", "ins-none", null, "REJECTED", "001", "1", this.from.plusSeconds(59));
		acme.record(this.run + "-d", "ins-wp", wordpress, "ACCEPTED", null, "1", this.from.plusSeconds(10));
		acme.record(this.run + "-e", "ins-wp", null, "RECEIVED", null, "1", this.from.plusSeconds(20));
		acme.record(this.run + "-f", "ins-wp", wordpress, "REJECTED", "006", "1", this.from.plusMinutes(1));
		acme.record(this.run + "-g", "ins-wp", wordpress, "REJECTED", "006", "1", this.from.minusNanos(1000));

		assertThat(summary("acme-admin")).containsExactly(new CodeCount("001", 1), new CodeCount("003", 2));
		// acme-ops has a grant of WordPress One-Click only.
		assertThat(summary("acme-ops")).containsExactly(new CodeCount("003", 1));
		assertThat(summary("globex-admin")).as("another merchant's").isEmpty();
	}

	@Test
	void stateFilterFindsEachStateAndKeysetPagesGoBackInTime() {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "状态", "States");
		long product = merchant.product("States");
		long received = merchant.record("r", "ins-s", null, "RECEIVED", null, "1");
		long accepted = merchant.record("a", "ins-s", product, "ACCEPTED", null, "1");
		long rejected = merchant.record("x", "ins-s", product, "REJECTED", "003", "-1");
		long billed = merchant.record("b", "ins-s", product, "BILLED", null, "1");
		Viewer main = Viewer.of(new TestUsers(this.jdbc).current("main-" + this.run), LocalDateTime.now());

		assertThat(ids(main, "RECEIVED", null)).containsExactly(received);
		assertThat(ids(main, "ACCEPTED", null)).containsExactly(accepted);
		assertThat(ids(main, "REJECTED", null)).containsExactly(rejected);
		assertThat(ids(main, "BILLED", null)).containsExactly(billed);
		assertThat(ids(main, null, null)).containsExactly(billed, rejected, accepted, received);
		assertThat(ids(main, null, rejected)).as("the page before the rejected one")
			.containsExactly(accepted, received);
		assertThat(this.ledger.find(main, received)).get()
			.satisfies((entry) -> assertThat(entry.state()).isEqualTo("RECEIVED"))
			.satisfies((entry) -> assertThat(entry.verdictAt()).isNull());
	}

	@Test
	void ledgerNamesTheProductInTheReadersLanguage() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "语言商品", "Language product");
		merchant.record("lang", "ins-l", merchant.product("Language product"), "ACCEPTED", null, "1");

		assertThat(ledgerPage("zh-CN")).contains("语言商品").doesNotContain("Language product");
		assertThat(ledgerPage("en")).contains("Language product").doesNotContain("语言商品");
	}

	private String ledgerPage(String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/usage").header("Accept-Language", language)
				.with(new TestUsers(this.jdbc).as("main-" + this.run)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("table").text();
	}

	private List<Long> ids(Viewer viewer, String state, Long before) {
		return this.ledger.page(viewer, new UsageFilter(state, null, null, null, null, null, null), before, 50)
			.stream()
			.map(UsageEntry::id)
			.toList();
	}

	private List<CodeCount> summary(String userName) {
		CurrentUser user = new TestUsers(this.jdbc).current(userName);
		return this.ledger.summary(Viewer.of(user, LocalDateTime.now()), this.from, this.from.plusMinutes(1));
	}

}
