package io.sellercenter.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.PortalApplication;
import io.sellercenter.platform.PlatformClient;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.ToggleProxy;
import io.sellercenter.usage.UsagePushClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis or the database goes away and comes back: pages answer a 503 page within seconds,
 * the liveness probe stays up while readiness goes down, and everything recovers by
 * itself. The services are taken away by cutting a TCP proxy between them and a portal of
 * this test's own.
 */
@Tag("attack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ToggleProxy database;

	private ToggleProxy redis;

	private ConfigurableApplicationContext portal;

	private String base;

	private String cookie;

	@BeforeAll
	void startPortalBehindProxies() {
		Map<String, Object> services = PortalTestServices.properties();
		URI dbUri = URI.create(((String) services.get("spring.datasource.url")).substring("jdbc:".length()));
		this.database = new ToggleProxy(dbUri.getHost(), dbUri.getPort());
		this.redis = new ToggleProxy((String) services.get("spring.data.redis.host"),
				Integer.parseInt(services.get("spring.data.redis.port").toString()));

		Map<String, Object> properties = new LinkedHashMap<>(services);
		properties.put("spring.datasource.url", ((String) services.get("spring.datasource.url"))
			.replace(dbUri.getHost() + ":" + dbUri.getPort(), "127.0.0.1:" + this.database.port()));
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", this.redis.port());
		properties.put("server.port", 0);
		this.portal = Apps.start(PortalApplication.class, properties);
		this.base = "http://localhost:" + ((WebServerApplicationContext) this.portal).getWebServer().getPort();
		this.cookie = signedInSession("acme-admin");
	}

	@AfterAll
	void stop() {
		this.portal.close();
		this.database.close();
		this.redis.close();
	}

	@Test
	void redisOutageAnswers503QuicklyAndRecovers() throws Exception {
		awaitStatus("/", 200);

		this.redis.cut();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = get("/");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("data-testid=\"error-503\"");
			assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		finally {
			this.redis.restore();
		}
		awaitStatus("/", 200);
		awaitStatus("/actuator/health/readiness", 200);
	}

	@Test
	void databaseOutageAnswers503QuicklyAndRecovers() throws Exception {
		awaitStatus("/", 200);

		this.database.cut();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = get("/");
			// The pool waits 3 s for a connection; the rest is a loaded two-core
			// machine's
			// margin (4.5 s was missed by a few hundred milliseconds at load average 20).
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(6000));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("data-testid=\"error-503\"");
			assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		finally {
			this.database.restore();
		}
		awaitStatus("/", 200);
		awaitStatus("/actuator/health/readiness", 200);
	}

	@Test
	void machineApisAnswerTheirOwnJsonDuringAnOutageNeverAPage() throws Exception {
		awaitStatus("/", 200);
		UsagePushClient pusher = new UsagePushClient(URI.create(this.base), "acme-demo-key", "acme-demo-secret");
		String token = PlatformClient.token();

		this.database.cut();
		try {
			HttpResponse<String> push = pusher.send("{\"usage_records\":[]}");
			assertThat(push.statusCode()).isEqualTo(503);
			assertThat(push.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
			assertThat(push.body()).contains("\"error_code\":\"MKT.0999\"").doesNotContain("<html");

			HttpResponse<String> platform = send(
					HttpRequest.newBuilder(URI.create(this.base + "/api/platform/v1/products?merchant=acme"))
						.header("Authorization", "Bearer " + token));
			assertThat(platform.statusCode()).isEqualTo(503);
			assertThat(platform.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(platform.body()).contains("\"status\":503").doesNotContain("<html");
		}
		finally {
			this.database.restore();
		}
		awaitStatus("/", 200);

		this.redis.cut();
		try {
			HttpResponse<String> push = pusher.send("{\"usage_records\":[]}");
			assertThat(push.statusCode()).isEqualTo(503);
			assertThat(push.body()).contains("\"error_code\":\"MKT.0999\"");
		}
		finally {
			this.redis.restore();
		}
		awaitStatus("/", 200);
	}

	private void awaitStatus(String path, int status) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		int last = -1;
		while (System.currentTimeMillis() < deadline) {
			last = (path.startsWith("/actuator") ? probe(path) : get(path)).statusCode();
			if (last == status) {
				return;
			}
			Thread.sleep(200);
		}
		assertThat(last).as("%s recovered", path).isEqualTo(status);
	}

	/** A signed-in page view. */
	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Cookie", "SESSION=" + this.cookie));
	}

	/** A probe, as an orchestrator sends it: no cookies. */
	private HttpResponse<String> probe(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
		HttpRequest request = builder.header("Accept-Language", "en").timeout(Duration.ofSeconds(10)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A signed-in session put straight into Redis, as sign-in would leave it. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String signedInSession(String user) {
		SessionRepository sessions = this.portal.getBean(SessionRepository.class);
		Session session = (Session) sessions.createSession();
		TestUsers users = new TestUsers(this.portal.getBean(JdbcTemplate.class));
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(users.authentication(user)));
		sessions.save(session);
		return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
	}

}
