package io.sellercenter.order;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.RawHttp;
import io.sellercenter.web.CsvExport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export over a real connection: a client that goes away stops the query, and a
 * database failure midway ends the download so that it cannot pass for complete (no last
 * chunk, an "EXPORT INCOMPLETE" line), with the history saying so in plain words (the
 * exception goes to the log only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = PortalTestServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderExportStreamingTests {

	private static final int ORDERS = 200_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	private OrderFixtures merchant;

	private String cookie;

	@BeforeAll
	void manyOrders() {
		this.merchant = new OrderFixtures(this.jdbc, "流式", "Streaming");
		this.merchant.bulk("S", ORDERS);
		this.cookie = session(this.merchant.mainUser);
	}

	@Test
	void clientThatGoesAwayStopsTheQuery() throws Exception {
		try (Socket socket = request("account=bulk")) {
			byte[] start = socket.getInputStream().readNBytes(100_000);
			assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
		}
		Map<String, Object> export = awaitEnd();
		assertThat(export.get("status")).isEqualTo("CLIENT_ABORTED");
		assertThat((Long) export.get("rows_written")).isLessThan(ORDERS);
		assertThat(awaitNoExportQuery()).as("the query was stopped on the server").isTrue();
	}

	@Test
	void databaseFailureMidwayEndsTheDownloadAsIncomplete() throws Exception {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		try (Socket socket = request("customer=Bulk")) {
			InputStream in = socket.getInputStream();
			received.write(in.readNBytes(100_000));
			long connection = awaitExportQuery();
			this.jdbc.execute("KILL QUERY " + connection);
			in.transferTo(received);
		}
		String response = received.toString(StandardCharsets.UTF_8);
		assertThat(response).startsWith("HTTP/1.1 200").contains("Transfer-Encoding: chunked");
		assertThat(response).as("the chunked body never ends").doesNotEndWith("\r\n0\r\n\r\n");
		assertThat(response.strip()).as("the last line says so")
			.matches("(?s).*\\n" + CsvExport.INCOMPLETE + ": the database failed after \\d+ orders");
		Map<String, Object> export = awaitEnd();
		assertThat(export.get("status")).isEqualTo("FAILED");
		assertThat(export.get("reason")).isEqualTo("DATABASE");
		HttpResponse<String> history = RawHttp.get(URI.create(PortalTestServices.portalUrl()).getPort(), this.cookie,
				"/orders/export-history", "en");
		Element row = Jsoup.parse(history.body()).selectFirst("[data-testid=export-" + export.get("id") + "]");
		assertThat(row.selectFirst("[data-testid=export-reason]").text()).as("a plain reason")
			.isEqualTo("The database failed or stopped the query partway; the file is incomplete. Export again.");
		assertThat(history.body()).as("no database exception text")
			.doesNotContain("interrupted")
			.doesNotContain("Exception")
			.doesNotContain("SQL");
	}

	/**
	 * The list's export form sent by the signed-in merchant, on a connection the test
	 * reads at its own pace.
	 */
	private Socket request(String filter) throws IOException {
		int port = URI.create(PortalTestServices.portalUrl()).getPort();
		String token = RawHttp.csrfToken(port, this.cookie, "/orders");
		return RawHttp.post(port, this.cookie, "/orders/export", filter + "&_csrf=" + token, "en");
	}

	private Map<String, Object> awaitEnd() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"SELECT id, status, rows_written, reason FROM order_export WHERE merchant_id = ? ORDER BY id DESC LIMIT 1",
					this.merchant.merchantId);
			if (!rows.isEmpty() && !"RUNNING".equals(rows.get(0).get("status"))) {
				return rows.get(0);
			}
			assertThat(System.currentTimeMillis()).as("the export ended").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private long awaitExportQuery() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			List<Long> ids = exportQueries();
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			assertThat(System.currentTimeMillis()).as("the export query runs").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private boolean awaitNoExportQuery() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 5_000;
		while (System.currentTimeMillis() < deadline) {
			if (exportQueries().isEmpty()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private List<Long> exportQueries() {
		return this.jdbc.queryForList("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%order-export%'"
				+ " AND INFO NOT LIKE '%PROCESSLIST%' AND DB = DATABASE()", Long.class);
	}

	private String session(String user) {
		return new TestUsers(this.jdbc).sessionCookie(this.sessions, user);
	}

}
