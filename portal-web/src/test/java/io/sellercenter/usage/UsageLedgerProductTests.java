package io.sellercenter.usage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.sellercenter.product.Viewer;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The product of a record that has none of its own (rejected before validation read its
 * instance, or not judged yet): its instance's, when the instance is the merchant's. The
 * ledger names it, filters by it and lets a sub-user with a grant of it see the record; a
 * record naming another merchant's instance never shows that merchant's product. The
 * product filter offers the viewer's products only.
 */
@PortalTest
class UsageLedgerProductTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UsageLedger ledger;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	LedgerFixtures acme;

	long wordpress;

	long footfall;

	long traffic;

	@BeforeEach
	void instances() {
		OrderFeedFixtures feed = new OrderFeedFixtures(this.jdbc);
		feed.instance(id("wp"), "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 5);
		feed.instance(id("ff"), "acme", "Retail Footfall Dataset", "ON_DEMAND", "NORMAL", "c1", 5);
		feed.instance(id("gx"), "globex", "City Traffic Data", "ON_DEMAND", "NORMAL", "c2", 5);
		this.acme = LedgerFixtures.of(this.jdbc, "acme");
		this.wordpress = this.acme.product("WordPress One-Click");
		this.footfall = this.acme.product("Retail Footfall Dataset");
		this.traffic = LedgerFixtures.of(this.jdbc, "globex").product("City Traffic Data");
	}

	@Test
	void rejectedRecordShowsTheProductOfItsInstance() throws Exception {
		long mine = this.acme.record(id("mine"), id("wp"), null, "REJECTED", "003", "-1");
		this.acme.record(id("theirs"), id("gx"), null, "REJECTED", "009", "1");
		this.acme.record(id("waiting"), id("wp"), null, "RECEIVED", null, "1");

		assertThat(productCell("acme-admin", "/usage?sn=" + id("mine"), id("mine"))).isEqualTo("WordPress One-Click");
		assertThat(productCell("acme-admin", "/usage?sn=" + id("waiting"), id("waiting")))
			.isEqualTo("WordPress One-Click");
		Document theirs = page("acme-admin", "/usage?sn=" + id("theirs"), "en");
		assertThat(productCell(theirs, id("theirs"))).as("another merchant's instance").isEqualTo("Unknown");
		assertThat(theirs.text()).doesNotContain("City Traffic Data");
		assertThat(
				page("acme-admin", "/usage/records/" + mine, "en").selectFirst("[data-testid=record-product]").text())
			.isEqualTo("WordPress One-Click");
	}

	@Test
	void productFilterFindsRecordsThroughTheirInstances() throws Exception {
		this.acme.record(id("wp-rejected"), id("wp"), null, "REJECTED", "003", "-1");
		this.acme.record(id("wp-accepted"), id("wp"), this.wordpress, "ACCEPTED", null, "1");
		this.acme.record(id("ff-rejected"), id("ff"), null, "REJECTED", "008", "1");
		this.acme.record(id("gx-rejected"), id("gx"), null, "REJECTED", "009", "1");

		assertThat(sns("acme-admin", "/usage?instance=" + id("wp") + "&product=" + this.wordpress))
			.containsExactlyInAnyOrder(id("wp-rejected"), id("wp-accepted"));
		assertThat(sns("acme-admin", "/usage?instance=" + id("wp") + "&product=" + this.footfall)).isEmpty();
		assertThat(sns("acme-admin", "/usage?instance=" + id("ff") + "&product=" + this.footfall))
			.containsExactly(id("ff-rejected"));
		assertThat(sns("acme-admin", "/usage?instance=" + id("gx") + "&product=" + this.traffic))
			.as("another merchant's product finds nothing")
			.isEmpty();
		assertThat(sns("acme-admin", "/usage?instance=" + id("gx"))).as("the merchant's own record, unfiltered")
			.containsExactly(id("gx-rejected"));
	}

	@Test
	void productChoicesAreTheViewersProducts() throws Exception {
		assertThat(productChoices("acme-admin")).contains("WordPress One-Click", "Retail Footfall Dataset")
			.doesNotContain("City Traffic Data");
		// acme-ops has a grant of WordPress One-Click only.
		assertThat(productChoices("acme-ops")).contains("WordPress One-Click")
			.doesNotContain("Retail Footfall Dataset", "City Traffic Data");
		Element selected = page("acme-admin", "/usage?product=" + this.footfall, "en")
			.selectFirst("#product option[selected]");
		assertThat(selected.text()).isEqualTo("Retail Footfall Dataset");
	}

	@Test
	void subUserSeesRecordsOfGrantedProductsThroughTheirInstances() throws Exception {
		long wp = this.acme.record(id("ops-wp"), id("wp"), null, "REJECTED", "003", "-1");
		long ff = this.acme.record(id("ops-ff"), id("ff"), null, "REJECTED", "003", "-1");
		long gx = this.acme.record(id("ops-gx"), id("gx"), null, "REJECTED", "009", "1");

		assertThat(sns("acme-ops", "/usage?instance=" + id("wp"))).containsExactly(id("ops-wp"));
		assertThat(sns("acme-ops", "/usage?instance=" + id("ff"))).isEmpty();
		assertThat(sns("acme-ops", "/usage?instance=" + id("gx"))).isEmpty();
		assertThat(sns("acme-ops", "/usage?instance=" + id("wp") + "&product=" + this.footfall)).isEmpty();
		assertThat(status("acme-ops", "/usage/records/" + wp)).isEqualTo(200);
		assertThat(status("acme-ops", "/usage/records/" + ff)).isEqualTo(404);
		assertThat(status("acme-ops", "/usage/records/" + gx)).isEqualTo(404);
		assertThat(status("globex-admin", "/usage/records/" + wp)).isEqualTo(404);
	}

	@Test
	void subUsersSummaryCountsRejectionsOfGrantedProductsThroughTheirInstances() {
		LocalDateTime from = LocalDateTime.of(2019, 1, 1, 0, 0)
			.plusMinutes(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 500_000L) * 2);
		this.acme.record(id("sum-wp"), id("wp"), null, "REJECTED", "003", "-1", from);
		this.acme.record(id("sum-ff"), id("ff"), null, "REJECTED", "008", "1", from.plusSeconds(1));
		this.acme.record(id("sum-gx"), id("gx"), null, "REJECTED", "009", "1", from.plusSeconds(2));

		assertThat(summary("acme-admin", from)).containsExactly(new CodeCount("003", 1), new CodeCount("008", 1),
				new CodeCount("009", 1));
		assertThat(summary("acme-ops", from)).containsExactly(new CodeCount("003", 1));
	}

	private List<CodeCount> summary(String user, LocalDateTime from) {
		Viewer viewer = Viewer.of(new TestUsers(this.jdbc).current(user), LocalDateTime.now());
		return this.ledger.summary(viewer, from, from.plusMinutes(1));
	}

	private List<String> productChoices(String user) throws Exception {
		return page(user, "/usage", "en").select("#product option").eachText();
	}

	private List<String> sns(String user, String path) throws Exception {
		return page(user, path, "en").select("[data-testid=ledger-table] tbody tr[data-testid^=record-]")
			.eachAttr("data-testid")
			.stream()
			.map((testid) -> testid.substring("record-".length()))
			.toList();
	}

	private String productCell(String user, String path, String sn) throws Exception {
		return productCell(page(user, path, "en"), sn);
	}

	private static String productCell(Document page, String sn) {
		return page.selectFirst("[data-testid=record-" + sn + "] [data-testid=record-product]").text();
	}

	private Document page(String user, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language).with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String id(String name) {
		return name + "-" + this.run;
	}

}
