package io.sellercenter.session;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sellercenter.PortalApplication;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.ToggleProxy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ended (by another instance, by sign-out) while requests on it are still
 * running stays ended: those requests write nothing back, no partial session record is
 * left in Redis, and the cookie leads to sign-in afterwards, never to an error. Two
 * portal instances share Redis: this test's own, whose Redis replies a proxy can hold
 * back (so a request's save is slow enough to be overtaken), and the test context's. The
 * requests are held in flight by a lock on the table the home page reads.
 */
@Tag("attack")
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionEndingTests {

	private static final int IN_FLIGHT = 4;

	private static final Duration REPLY_DELAY = Duration.ofMillis(1000);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionLinks links;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Autowired
	StringRedisTemplate redis;

	@Value("${portal.redis-namespace}")
	String namespace;

	private ToggleProxy redisProxy;

	private ConfigurableApplicationContext portal;

	private String base;

	@BeforeAll
	void startAnInstanceBehindASlowableRedis() {
		Map<String, Object> services = PortalTestServices.properties();
		this.redisProxy = new ToggleProxy((String) services.get("spring.data.redis.host"),
				Integer.parseInt(services.get("spring.data.redis.port").toString()));
		Map<String, Object> properties = new LinkedHashMap<>(services);
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", this.redisProxy.port());
		properties.put("server.port", 0);
		// Enough connections for the requests held in flight, and no idle ones on a
		// database server that other test runs share.
		properties.put("spring.datasource.hikari.maximum-pool-size", IN_FLIGHT + 4);
		properties.put("spring.datasource.hikari.minimum-idle", 1);
		this.portal = Apps.start(PortalApplication.class, properties);
		this.base = "http://localhost:" + ((WebServerApplicationContext) this.portal).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		this.portal.close();
		this.redisProxy.close();
	}

	@Test
	void sessionEndedByAnotherInstanceWhileRequestsSaveItStaysEnded() throws Exception {
		String id = signedInSession("acme-admin");
		assertThat(get("/", id).statusCode()).isEqualTo(200);

		List<CompletableFuture<HttpResponse<String>>> running;
		try (TableLock lock = TableLock.on("merchant")) {
			running = startPages(id);
			awaitWaitingOnLock();
			// Redis's answers now reach this instance a second late: a save that checks
			// and then writes in two commands is overtaken by the other instance ending
			// the session in between.
			this.redisProxy.delayReplies(REPLY_DELAY);
			long before = this.redisProxy.bytesToTarget();
			lock.release();
			awaitTrafficSince(before);
			Thread.sleep(100);
			this.links.endAll(userId("acme-admin"));
		}
		finally {
			this.redisProxy.delayReplies(Duration.ZERO);
		}

		List<Integer> statuses = finish(running);
		assertThat(this.redis.hasKey(sessionKey(id))).as("no partial session record is left").isFalse();
		assertThat(statuses).as("requests that began signed in are answered, not failed").containsOnly(200);
		assertLeadsToSignIn(id);
	}

	@Test
	void signOutWhileRequestsAreRunningLeavesNoSessionBehind() throws Exception {
		String id = signedInSession("acme-admin");
		String csrf = csrfToken(get("/", id).body());

		List<CompletableFuture<HttpResponse<String>>> running;
		try (TableLock lock = TableLock.on("merchant")) {
			running = startPages(id);
			awaitWaitingOnLock();
			HttpResponse<String> signOut = send(request("/logout", id)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
			assertThat(signOut.statusCode()).isEqualTo(302);
			assertThat(this.redis.hasKey(sessionKey(id))).as("sign-out deleted the session").isFalse();
		}

		List<Integer> statuses = finish(running);
		assertThat(this.redis.hasKey(sessionKey(id))).as("no partial session record is left").isFalse();
		assertThat(statuses).as("requests that began signed in are answered, not failed").containsOnly(200);
		assertLeadsToSignIn(id);
	}

	@Test
	void partialSessionRecordIsNoSession() throws Exception {
		String id = UUID.randomUUID().toString();
		hset(sessionKey(id), "lastAccessedTime", jdk(System.currentTimeMillis()));

		assertLeadsToSignIn(id);
		assertThat(this.redis.hasKey(sessionKey(id))).as("the broken record is removed").isFalse();
	}

	@Test
	void unreadableSessionRecordIsNoSession() throws Exception {
		String id = signedInSession("acme-admin");
		hset(sessionKey(id), "sessionAttr:SPRING_SECURITY_CONTEXT",
				"not java serialization".getBytes(StandardCharsets.UTF_8));

		assertLeadsToSignIn(id);
		assertThat(this.redis.hasKey(sessionKey(id))).as("the broken record is removed").isFalse();
	}

	/**
	 * A session as sign-in leaves it: saved by the other instance, linked to its user.
	 */
	@SuppressWarnings("unchecked")
	private String signedInSession(String user) {
		String cookie = new TestUsers(this.jdbc).sessionCookie(this.sessions, user);
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		this.links.link(id, SessionLinks.newHandle(), userId(user), null);
		return id;
	}

	private long userId(String user) {
		return new TestUsers(this.jdbc).current(user).userId();
	}

	private List<CompletableFuture<HttpResponse<String>>> startPages(String id) {
		List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
		for (int i = 0; i < IN_FLIGHT; i++) {
			running.add(this.http.sendAsync(request("/", id).GET().build(), HttpResponse.BodyHandlers.ofString()));
		}
		return running;
	}

	/**
	 * Every request has read its session and now waits for the merchant table, which the
	 * home page reads.
	 */
	private void awaitWaitingOnLock() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		int waiting = 0;
		while (System.currentTimeMillis() < deadline) {
			waiting = this.jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
					+ " WHERE STATE LIKE 'Waiting for table%' AND INFO LIKE '%merchant%'", Integer.class);
			if (waiting >= IN_FLIGHT) {
				return;
			}
			Thread.sleep(20);
		}
		assertThat(waiting).as("requests waiting on the table lock").isGreaterThanOrEqualTo(IN_FLIGHT);
	}

	/** The released requests have started saving their sessions. */
	private void awaitTrafficSince(long before) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 5_000;
		while (this.redisProxy.bytesToTarget() == before && System.currentTimeMillis() < deadline) {
			Thread.sleep(5);
		}
	}

	/** Each request's status once it has ended; -1 for one that broke off. */
	private static List<Integer> finish(List<CompletableFuture<HttpResponse<String>>> running)
			throws InterruptedException {
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> response : running) {
			try {
				statuses.add(response.get(20, TimeUnit.SECONDS).statusCode());
			}
			catch (ExecutionException | TimeoutException ex) {
				statuses.add(-1);
			}
		}
		return statuses;
	}

	/**
	 * The cookie of the ended session is treated as no session: a page asks to sign in,
	 * the sign-in page and static files answer.
	 */
	private void assertLeadsToSignIn(String id) throws Exception {
		HttpResponse<String> page = get("/", id);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(get("/login", id).statusCode()).isEqualTo(200);
		assertThat(get("/css/portal.css", id).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String id) throws Exception {
		return send(request(path, id).GET());
	}

	private HttpRequest.Builder request(String path, String id) {
		String cookie = Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Cookie", "SESSION=" + cookie)
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(20));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfToken(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("the page has a form with a CSRF token").isTrue();
		return matcher.group(1);
	}

	private String sessionKey(String id) {
		return this.namespace + ":session:sessions:" + id;
	}

	private void hset(String key, String field, byte[] value) {
		this.redis.execute((RedisCallback<Object>) (RedisConnection connection) -> connection.hashCommands()
			.hSet(key.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8), value));
		this.redis.expire(key, Duration.ofMinutes(5));
	}

	private static byte[] jdk(Object value) {
		return new JdkSerializationRedisSerializer().serialize(value);
	}

	/**
	 * A write lock on one table, held on a connection of its own until released or
	 * closed: whoever reads the table meanwhile waits.
	 */
	private static final class TableLock implements AutoCloseable {

		private final Connection connection;

		private TableLock(Connection connection) {
			this.connection = connection;
		}

		static TableLock on(String table) throws SQLException {
			Map<String, Object> services = PortalTestServices.properties();
			Connection connection = DriverManager.getConnection((String) services.get("spring.datasource.url"),
					(String) services.get("spring.datasource.username"),
					(String) services.get("spring.datasource.password"));
			try (Statement statement = connection.createStatement()) {
				statement.execute("LOCK TABLES " + table + " WRITE");
			}
			return new TableLock(connection);
		}

		void release() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("UNLOCK TABLES");
			}
		}

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

}
