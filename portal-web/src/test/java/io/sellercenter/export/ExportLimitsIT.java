package io.sellercenter.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.sellercenter.order.OrderFixtures;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalProcess;
import io.sellercenter.testsupport.RawHttp;
import io.sellercenter.testsupport.ScratchDatabase;
import io.sellercenter.usage.UsagePushClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.data.redis.RedisSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports cannot starve the portal (issue 3): a portal at {@code -Xmx256m} in a JVM of
 * its own, three exports allowed at once and two per merchant, a write timeout of a few
 * seconds. Downloads are opened over raw sockets and never read: the limits refuse the
 * extra ones at once with their page (429 or 503, in the reader's language), pages and
 * the usage push answer quickly meanwhile, and once the write timeout has passed the
 * stalled downloads are cut off, their queries are gone from the server and the history
 * says so. An export left RUNNING by a portal that died before this one started is marked
 * failed at start-up.
 */
@Tag("attack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportLimitsIT {

	static final Duration START = Duration.ofSeconds(150);

	static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);

	/** Far more than the socket buffers between a stalled reader and the portal hold. */
	static final int ORDERS = 80_000;

	ScratchDatabase db;

	JdbcTemplate jdbc;

	PortalProcess portal;

	int port;

	LettuceConnectionFactory redis;

	OrderFixtures first;

	OrderFixtures second;

	final Map<String, String> cookies = new ConcurrentHashMap<>();

	final Map<String, String> tokens = new ConcurrentHashMap<>();

	long leftBehind;

	final List<Socket> stalled = new ArrayList<>();

	@BeforeAll
	void startPortal() {
		this.db = new ScratchDatabase("export_limits");
		this.jdbc = this.db.jdbc();
		this.first = new OrderFixtures(this.jdbc, "甲", "First");
		this.first.bulk("A", ORDERS);
		this.second = new OrderFixtures(this.jdbc, "乙", "Second");
		this.second.bulk("B", ORDERS);
		// An export whose portal died before this one started: RUNNING, its heartbeat
		// old.
		this.jdbc.update("""
				INSERT INTO order_export (merchant_id, kind, user_id, user_name, filter, status, rows_written,
				                          started_at, heartbeat_at)
				SELECT merchant_id, 'ORDERS', id, user_name, '', 'RUNNING', 1234, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,
				       UTC_TIMESTAMP(6) - INTERVAL 50 MINUTE
				FROM portal_user WHERE user_name = ?""", this.first.mainUser);
		this.leftBehind = this.jdbc.queryForObject("SELECT MAX(id) FROM order_export", Long.class);

		Map<String, Object> properties = PortalProcess.properties(this.db.database());
		properties.put("portal.demo-data", true);
		properties.put("portal.usage.jobs-enabled", false);
		properties.put("portal.exports.max-running", 3);
		properties.put("portal.exports.max-running-per-merchant", 2);
		properties.put("portal.write-timeout", WRITE_TIMEOUT.toSeconds() + "s");
		this.portal = PortalProcess.launch("export-limits", properties, "256m");
		this.port = this.portal.awaitReady(START);

		this.redis = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(String.valueOf(properties.get("spring.data.redis.host")),
						Integer.parseInt(String.valueOf(properties.get("spring.data.redis.port")))));
		this.redis.afterPropertiesSet();
		this.redis.start();
		RedisTemplate<String, Object> template = new RedisTemplate<>();
		template.setConnectionFactory(this.redis);
		template.setKeySerializer(RedisSerializer.string());
		template.setHashKeySerializer(RedisSerializer.string());
		template.afterPropertiesSet();
		RedisSessionRepository sessions = new RedisSessionRepository(template);
		sessions.setRedisKeyNamespace(properties.get("portal.redis-namespace") + ":session");
		TestUsers users = new TestUsers(this.jdbc);
		for (String user : List.of(this.first.mainUser, this.second.mainUser, "acme-admin")) {
			this.cookies.put(user, users.sessionCookie(sessions, user));
		}
	}

	@AfterAll
	void stop() throws IOException {
		for (Socket socket : this.stalled) {
			socket.close();
		}
		for (AutoCloseable resource : new AutoCloseable[] { this.portal, this.db }) {
			try {
				if (resource != null) {
					resource.close();
				}
			}
			catch (Exception ex) {
				// the others are still closed
			}
		}
		if (this.redis != null) {
			this.redis.destroy();
		}
	}

	@Test
	void stalledExportsAreLimitedAndCutOffWhilePagesAndPushesAnswer() throws Exception {
		assertThat(awaitStatus(this.leftBehind, Duration.ofSeconds(10))).as("left behind by a dead portal")
			.containsEntry("status", "FAILED")
			.containsEntry("reason", "LOST");

		// Two of the first merchant's: all of its places.
		for (int i = 0; i < 2; i++) {
			this.stalled.add(export(this.first.mainUser, "zh-CN"));
			assertThat(head(this.stalled.get(i))).startsWith("HTTP/1.1 200");
		}
		Response mine = exportAndRead(this.first.mainUser, "zh-CN");
		assertThat(mine.status()).as("the merchant's third").isEqualTo(429);
		assertThat(mine.page().selectFirst("h1").text()).isEqualTo("已有导出正在进行");

		// One of the second's: all of the portal's places.
		this.stalled.add(export(this.second.mainUser, "en"));
		assertThat(head(this.stalled.get(2))).startsWith("HTTP/1.1 200");
		assertThat(awaitExportQueries(3)).as("three export queries on the server").isEqualTo(3);
		Response busy = exportAndRead(this.second.mainUser, "en");
		assertThat(busy.status()).as("a fourth for the portal").isEqualTo(503);
		assertThat(busy.head()).contains("Retry-After: 60");
		assertThat(busy.page().selectFirst("h1").text()).isEqualTo("Too many exports right now");

		// Twenty more at once, of a merchant with none running: all refused at once.
		ExecutorService clients = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Response>> more = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				more.add(() -> exportAndRead("acme-admin", "en"));
			}
			long started = System.nanoTime();
			for (Future<Response> answer : clients.invokeAll(more)) {
				assertThat(answer.get().status()).isEqualTo(503);
			}
			assertThat(millisSince(started)).as("twenty refusals").isLessThan(5000);
		}
		finally {
			clients.shutdownNow();
		}

		// Pages of every kind and the usage push answer as usual.
		for (String path : List.of("/orders", "/usage", "/", "/orders/export-history", "/orders?customer=Bulk")) {
			long started = System.nanoTime();
			HttpResponse<String> page = RawHttp.get(this.port, this.cookies.get("acme-admin"), path, "en");
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(millisSince(started)).as(path).isLessThan(2000);
		}
		long pushed = System.nanoTime();
		HttpResponse<String> push = new UsagePushClient(URI.create("http://127.0.0.1:" + this.port), "acme-demo-key",
				"acme-demo-secret")
			.send("""
					{"usage_records": [{"instance_id": "i-limits", "record_time": "20261201T100000Z",
					 "begin_time": "20261201T090000Z", "end_time": "20261201T100000Z", "usage_value": 1,
					 "metering_sn": "limits-1"}]}""");
		assertThat(push.body()).contains("MKT.0000");
		assertThat(millisSince(pushed)).as("the usage push").isLessThan(2000);
		assertThat(runningExports()).as("the stalled exports still hold their places").hasSize(3);

		// The stalled readers are cut off once the write timeout has passed.
		List<Map<String, Object>> ended = awaitNoneRunning(WRITE_TIMEOUT.plusSeconds(30));
		assertThat(ended).hasSize(3)
			.allSatisfy((row) -> assertThat(row).containsEntry("status", "CLIENT_ABORTED")
				.containsEntry("reason", "STALLED"));
		assertThat(ended).allSatisfy((row) -> assertThat((Long) row.get("rows_written")).isLessThan(ORDERS));
		assertThat(exportQueries()).as("their queries are gone from the server").isEmpty();
		for (Socket socket : this.stalled) {
			ByteArrayOutputStream rest = new ByteArrayOutputStream();
			try {
				socket.getInputStream().transferTo(rest);
			}
			catch (IOException ex) {
				// reset by the portal: cut off all the same
			}
			assertThat(rest.toString(StandardCharsets.UTF_8)).as("the download does not pass for complete")
				.doesNotEndWith("\r\n0\r\n\r\n");
		}
		HttpResponse<String> history = RawHttp.get(this.port, this.cookies.get(this.first.mainUser),
				"/orders/export-history", "en");
		assertThat(Jsoup.parse(history.body()).select("[data-testid=export-reason]").eachText())
			.contains("The download received nothing for too long and the portal cut it off.");

		// The places are free again.
		Response again = exportAndRead(this.first.mainUser, "en");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("A-" + (ORDERS - 1));
		assertThat(this.portal.output()).as("no memory trouble").noneMatch((line) -> line.contains("OutOfMemoryError"));
	}

	/** The list's export form, sent; the answer is left unread. */
	private Socket export(String user, String language) throws IOException {
		String cookie = this.cookies.get(user);
		String token = this.tokens.computeIfAbsent(user, (u) -> RawHttp.csrfToken(this.port, cookie, "/orders"));
		return RawHttp.post(this.port, cookie, "/orders/export", "customer=Bulk&_csrf=" + token, language);
	}

	private Response exportAndRead(String user, String language) throws IOException {
		try (Socket socket = export(user, language)) {
			InputStream in = socket.getInputStream();
			return Response.of(in.readAllBytes());
		}
	}

	/** The status line and a little more, then nothing: a reader that stopped. */
	private static String head(Socket socket) throws IOException {
		byte[] start = new byte[512];
		int read = socket.getInputStream().read(start);
		return new String(start, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
	}

	private Map<String, Object> awaitStatus(long id, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Map<String, Object> row = this.jdbc.queryForMap("SELECT status, reason FROM order_export WHERE id = ?", id);
			if (!"RUNNING".equals(row.get("status")) || System.nanoTime() > deadline) {
				return row;
			}
			Thread.sleep(200);
		}
	}

	private List<Map<String, Object>> runningExports() {
		return this.jdbc.queryForList("SELECT id FROM order_export WHERE status = 'RUNNING'");
	}

	private List<Map<String, Object>> awaitNoneRunning(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!runningExports().isEmpty()) {
			assertThat(System.nanoTime()).as("the stalled exports ended").isLessThan(deadline);
			Thread.sleep(250);
		}
		return this.jdbc.queryForList("SELECT status, reason, rows_written FROM order_export"
				+ " WHERE status <> 'FINISHED' AND id > ? ORDER BY id", this.leftBehind);
	}

	private int awaitExportQueries(int expected) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (exportQueries().size() < expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return exportQueries().size();
	}

	private List<Long> exportQueries() {
		return this.jdbc.queryForList("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%order-export%'"
				+ " AND INFO NOT LIKE '%PROCESSLIST%' AND DB = DATABASE()", Long.class);
	}

	private static long millisSince(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	/** An HTTP/1.1 answer read to its end: status, head, and body (chunks joined). */
	record Response(int status, String head, String body) {

		static Response of(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String head = text.substring(0, end);
			byte[] rest = Arrays.copyOfRange(bytes, end + 4, bytes.length);
			if (!head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				return new Response(Integer.parseInt(head.substring(9, 12)), head,
						new String(rest, StandardCharsets.UTF_8));
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < rest.length) {
				int lineEnd = at;
				while (rest[lineEnd] != '\r') {
					lineEnd++;
				}
				int size = Integer.parseInt(new String(rest, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
				if (size == 0) {
					break;
				}
				body.write(rest, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return new Response(Integer.parseInt(head.substring(9, 12)), head, body.toString(StandardCharsets.UTF_8));
		}

		Document page() {
			return Jsoup.parse(this.body);
		}

	}

}
