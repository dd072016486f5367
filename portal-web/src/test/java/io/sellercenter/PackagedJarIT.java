package io.sellercenter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.sellercenter.idp.IdpApplication;
import io.sellercenter.testsupport.Browser;
import io.sellercenter.testsupport.Infrastructure;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.Pages.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The jar that {@code docker/Dockerfile} ships, started with {@code java -jar} as a
 * deployment starts it: the prod profile, settings from environment variables only, a
 * database and an account of its own (Flyway migrates the empty database), the
 * development provider on loopback with a client secret of its own. A person then signs
 * in through it. Runs in {@code verify} after {@code package} has built the jar, on the
 * Java that production runs where this machine has it ({@link #runtime()}).
 */
class PackagedJarIT {

	private static final Path LOG = Path.of("target", "portal-processes", "packaged-jar.log");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String database = "seller_center_jar_" + ProcessHandle.current().pid();

	private final String account = "jar_" + ProcessHandle.current().pid();

	private final String namespace = "portal-jar-" + ProcessHandle.current().pid();

	private ConfigurableApplicationContext idp;

	private Process portal;

	private BrowserContext browser;

	@Test
	void packagedJarStartsUnderProdAndSignsIn() throws Exception {
		Path jar = packagedJar();
		int portalPort = Infrastructure.freePort();
		int idpPort = Infrastructure.freePort();
		String portalUrl = "http://localhost:" + portalPort;
		String issuer = "http://127.0.0.1:" + idpPort;
		String clientSecret = secret();
		this.idp = IdpApplication.start(provider(idpPort, issuer, portalUrl, clientSecret));

		Infrastructure.Database db = Infrastructure.withAccount(this.database,
				Infrastructure.database(this.database, true, null), this.account, secret());
		Infrastructure.Redis redis = Infrastructure.redis(0);
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SPRING_PROFILES_ACTIVE", "prod");
		env.put("PORT", String.valueOf(portalPort));
		env.put("SPRING_DATASOURCE_URL", db.url());
		env.put("SPRING_DATASOURCE_USERNAME", db.username());
		env.put("SPRING_DATASOURCE_PASSWORD", db.password());
		env.put("SPRING_DATA_REDIS_HOST", redis.host());
		env.put("SPRING_DATA_REDIS_PORT", String.valueOf(redis.port()));
		env.put("PORTAL_REDIS_NAMESPACE", this.namespace);
		env.put("PORTAL_OIDC_ISSUER_URI", issuer);
		env.put("PORTAL_OIDC_CLIENT_SECRET", clientSecret);
		env.put("PORTAL_KEY_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(bytes(32)));
		// The test talks plain http, so the session cookie must not be Secure.
		env.put("PORTAL_SECURE_COOKIES", "false");
		env.put("PORTAL_URL", portalUrl);
		// A deployment's own choice too; here it keeps the shared test server's
		// connections free.
		env.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "4");
		this.portal = start(jar, env);
		awaitReady(portalUrl + "/actuator/health/readiness", Duration.ofMinutes(3));
		assertThat(Files.readString(LOG)).as("the jar served its pages to itself before it was ready")
			.contains("Warmed up with")
			.contains("(0 not answered 200)");

		this.browser = Browser.chromium()
			.newContext(
					new com.microsoft.playwright.Browser.NewContextOptions().setLocale(Locale.ENGLISH.toLanguageTag())
						.setViewportSize(1366, 860));
		Page page = this.browser.newPage();
		page.setDefaultTimeout(15_000);
		page.navigate(portalUrl + "/login");
		new SignIn(page).withMarketplaceAccount().signIn("jar-admin", "jar-demo");

		assertThat(page.getByTestId("topbar")).isVisible();
		assertThat(new Pages.Portal(page).merchantName()).isEqualTo("Jar Works");
		assertThat(page.getByTestId("home-user")).hasText("Jenny Jar");
		assertThat(sessionKeys(redis)).as("the session is kept under the namespace of PORTAL_REDIS_NAMESPACE")
			.isNotEmpty();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.portal != null) {
			this.portal.destroy();
			try {
				if (!this.portal.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					this.portal.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				this.portal.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		if (this.idp != null) {
			this.idp.close();
		}
		Infrastructure.dropDatabase(this.database);
		Infrastructure.dropAccount(this.account);
	}

	/**
	 * The repackaged jar of this build; the plain one is kept beside it as
	 * {@code .jar.original}.
	 */
	private static Path packagedJar() throws IOException {
		Path target = Path.of("target");
		List<Path> jars = List.of();
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				jars = files.filter((file) -> file.getFileName().toString().matches("portal-web-.*\\.jar"))
					.filter((file) -> !file.getFileName().toString().matches(".*-(plain|sources|javadoc|tests)\\.jar"))
					.toList();
			}
		}
		if (jars.size() != 1) {
			fail("expected one packaged portal jar in " + target.toAbsolutePath() + ", found " + jars
					+ ": run this test in `./mvnw verify`, which packages the jar before the integration tests");
		}
		return jars.get(0);
	}

	/**
	 * The development provider on loopback, with this test's client secret and one user
	 * of its own (a main account whose merchant the portal creates at its first sign-in).
	 */
	private static Map<String, Object> provider(int port, String issuer, String portal, String clientSecret) {
		Map<String, Object> provider = new LinkedHashMap<>();
		provider.put("server.port", port);
		provider.put("idp.issuer", issuer);
		provider.put("idp.clients.portal.client-secret", clientSecret);
		provider.put("idp.clients.portal.redirect-uri", portal + "/login/oauth2/code/marketplace");
		provider.put("idp.clients.portal.post-logout-redirect-uri", portal + "/logged-out");
		provider.put("idp.clients.portal.backchannel-logout-uri", portal + "/logout/connect/back-channel/marketplace");
		provider.put("idp.users[0].id", "u-jar-admin");
		provider.put("idp.users[0].username", "jar-admin");
		provider.put("idp.users[0].password", "jar-demo");
		provider.put("idp.users[0].domain-id", "jarworks");
		provider.put("idp.users[0].domain-name", "Jar Works");
		provider.put("idp.users[0].account-type", "MAIN");
		provider.put("idp.users[0].name", "Jenny Jar");
		provider.put("idp.users[0].email", "jar-admin@jarworks.example");
		return provider;
	}

	/**
	 * The Java that production runs (25, as in docker/Dockerfile) when this machine has
	 * it, else the one running the build: the jar is built for 17 and must start on both.
	 */
	static Path runtime() {
		Path java25 = Path.of(
				System.getenv().getOrDefault("PORTAL_RUNTIME_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin",
				"java");
		return Files.isExecutable(java25) ? java25 : Path.of(System.getProperty("java.home"), "bin", "java");
	}

	private static Process start(Path jar, Map<String, String> env) throws IOException {
		Files.createDirectories(LOG.getParent());
		ProcessBuilder builder = new ProcessBuilder(runtime().toString(), "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-jar", jar.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(LOG.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		// A crashed test run leaves no portal behind.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return process;
	}

	private void awaitReady(String url, Duration timeout) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.portal.isAlive()) {
				fail("the packaged jar ended with exit code " + this.portal.exitValue() + "; its output ("
						+ LOG.toAbsolutePath() + "):\n" + tail());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		fail("the packaged jar was not ready within " + timeout + "; its output (" + LOG.toAbsolutePath() + "):\n"
				+ tail());
	}

	private Set<String> sessionKeys(Infrastructure.Redis redis) {
		LettuceConnectionFactory connections = new LettuceConnectionFactory(redis.host(), redis.port());
		connections.start();
		try {
			StringRedisTemplate template = new StringRedisTemplate(connections);
			return template.keys(this.namespace + ":session:sessions:*");
		}
		finally {
			connections.destroy();
		}
	}

	private static String tail() throws IOException {
		List<String> lines = Files.readAllLines(LOG);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static String secret() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(18)).replaceAll("[^A-Za-z0-9]", "x");
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
