package io.sellercenter.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.sellercenter.PortalApplication;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.PortalTestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in page costs in Redis, watched with Redis's own MONITOR over the real
 * HTTP server: one command (reading the session) per page, and a write only when the
 * session changed or its last access moved by a step of the idle timeout. A portal of the
 * test's own, with an idle timeout of 5 minutes (a step of 10 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionCostTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String namespace = "portal-cost-" + UUID.randomUUID().toString().substring(0, 8);

	private ConfigurableApplicationContext portal;

	private String base;

	private TestUsers users;

	private StringRedisTemplate redis;

	@SuppressWarnings("rawtypes")
	private SessionRepository sessions;

	@BeforeAll
	void startPortal() {
		Map<String, Object> properties = PortalTestServices.ownPortal(this.namespace);
		properties.put("spring.session.timeout", "5m");
		this.portal = Apps.start(PortalApplication.class, properties);
		this.base = PortalTestServices.baseUrl(this.portal);
		this.users = new TestUsers(this.portal.getBean(JdbcTemplate.class));
		this.redis = this.portal.getBean(StringRedisTemplate.class);
		this.sessions = this.portal.getBean(SessionRepository.class);
	}

	@AfterAll
	void stop() {
		this.portal.close();
	}

	@Test
	void aSignedInPageReadsItsSessionOnceAndWritesNothing() throws Exception {
		String cookie = this.users.sessionCookie(this.sessions, "acme-admin");
		assertThat(get("/orders", cookie).statusCode()).isEqualTo(200);

		for (String path : List.of("/orders", "/", "/products", "/orders?status=COMPLETED")) {
			List<String> commands = watch(() -> assertThat(get(path, cookie).statusCode()).isEqualTo(200));

			assertThat(commands).as("Redis commands of %s", path).hasSize(1);
			assertThat(commands.get(0)).startsWith("\"HGETALL\"");
		}
	}

	@Test
	void theLastAccessIsWrittenOnceItMovedByAStep() throws Exception {
		String cookie = this.users.sessionCookie(this.sessions, "globex-admin");
		String key = this.namespace + ":session:sessions:" + id(cookie);
		assertThat(get("/", cookie).statusCode()).isEqualTo(200);
		// As if the last page had been 11 s ago.
		this.redis.execute((RedisCallback<Object>) (connection) -> connection.hashCommands()
			.hSet(key.getBytes(StandardCharsets.UTF_8), "lastAccessedTime".getBytes(StandardCharsets.UTF_8),
					new JdkSerializationRedisSerializer().serialize(System.currentTimeMillis() - 11_000)));
		Thread.sleep(200);
		long ttlBefore = this.redis.getExpire(key, TimeUnit.MILLISECONDS);

		List<String> commands = watch(() -> assertThat(get("/", cookie).statusCode()).isEqualTo(200));

		assertThat(commands).as("a read, then the write of the last access").hasSizeGreaterThan(1);
		assertThat(commands.get(0)).startsWith("\"HGETALL\"");
		assertThat(String.join("\n", commands)).contains("lastAccessedTime").contains("PEXPIREAT");
		assertThat(this.redis.getExpire(key, TimeUnit.MILLISECONDS)).as("the idle timeout counts again")
			.isGreaterThan(ttlBefore);

		List<String> next = watch(() -> assertThat(get("/", cookie).statusCode()).isEqualTo(200));
		assertThat(next).as("within the step, a read only").hasSize(1);
	}

	@Test
	void aChangedSessionIsWritten() throws Exception {
		String cookie = this.users.sessionCookie(this.sessions, "acme-support");
		String key = this.namespace + ":session:sessions:" + id(cookie);
		assertThat(this.redis.opsForHash()
			.hasKey(key, "sessionAttr:org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN"))
			.isFalse();

		// The first page with a form makes the session's CSRF token.
		List<String> commands = watch(() -> assertThat(get("/", cookie).statusCode()).isEqualTo(200));

		assertThat(String.join("\n", commands)).contains("CSRF_TOKEN");
		assertThat(this.redis.opsForHash()
			.hasKey(key, "sessionAttr:org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN"))
			.isTrue();
	}

	/**
	 * The commands on this portal's keys (MONITOR's lines, from the command on) sent
	 * while it runs.
	 */
	private List<String> watch(Action action) throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		String marker = "portal-cost-marker-" + UUID.randomUUID();
		try (Socket socket = new Socket("127.0.0.1", redisPort())) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			out.write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(in.readLine()).isEqualTo("+OK");
			action.run();
			// A command after the request's: once MONITOR shows it, it has shown all
			// before.
			this.redis.hasKey(marker);
			String line;
			while ((line = in.readLine()) != null && !line.contains(marker)) {
				lines.add(line);
			}
		}
		List<String> ours = new ArrayList<>();
		for (String line : lines) {
			if (line.contains(this.namespace)) {
				ours.add(line.substring(line.indexOf(']') + 2));
			}
		}
		return ours;
	}

	private int redisPort() {
		return Integer.parseInt(this.portal.getEnvironment().getProperty("spring.data.redis.port"));
	}

	private static String id(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Cookie", "SESSION=" + cookie)
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private interface Action {

		void run() throws Exception;

	}

}
