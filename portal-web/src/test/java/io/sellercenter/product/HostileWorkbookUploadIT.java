package io.sellercenter.product;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.sellercenter.datafile.HostileWorkbooks;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalProcess;
import io.sellercenter.testsupport.ScratchDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.data.redis.RedisSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile data-item workbooks (see {@link HostileWorkbooks}) uploaded through the publish
 * form of a portal in its own JVM with a 256 MB heap, as production runs it: each is
 * refused quickly with the error at its row and column, and the portal answers the next
 * request as if nothing had happened.
 */
@Tag("attack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileWorkbookUploadIT {

	/**
	 * A refusal's whole round trip (upload, check, page), on a portal that only compiles
	 * with C1: a few hundred milliseconds here.
	 */
	static final Duration QUICKLY = Duration.ofSeconds(1);

	ScratchDatabase db;

	PortalProcess portal;

	LettuceConnectionFactory redis;

	String base;

	String cookie;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	void startPortalWith256Megabytes() {
		this.db = new ScratchDatabase("hostile_workbooks");
		Map<String, Object> properties = PortalProcess.properties(this.db.database());
		properties.put("spring.flyway.enabled", false);
		this.portal = PortalProcess.launch("hostile-workbooks", properties, "256m");
		this.base = "http://127.0.0.1:" + this.portal.awaitReady(Duration.ofSeconds(150));
		this.cookie = "SESSION=" + signedIn(properties, "acme-admin");
	}

	@AfterAll
	void stop() {
		if (this.redis != null) {
			this.redis.destroy();
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
	}

	@Test
	void hostileWorkbooksAreRefusedQuicklyAtTheirCellAndThePortalStillAnswers() throws Exception {
		String form = this.base + draft();
		// The form page and a good upload first, so that the timings below are not those
		// of a first request.
		assertThat(get(form).statusCode()).isEqualTo(200);
		assertThat(upload(form, good(), csrf(form)).statusCode()).as("a good workbook is stored").isEqualTo(302);

		refused(form, HostileWorkbooks::hugeExponent,
				"Row 2, column D: \"1E400000000\" is not a number a spreadsheet can hold");
		refused(form, HostileWorkbooks::millionDigits,
				"Row 2, column D: \"" + "7".repeat(49) + "\u2026\" is not a number a spreadsheet can hold");
		refused(form, HostileWorkbooks::millionBracketFormat,
				"Row 2, column D: the number format of the cell is longer than the 255 characters");
		refused(form, HostileWorkbooks::sharedFormulaBomb, "Row 2, column D: the formula is too long");

		HttpResponse<String> after = get(form);
		assertThat(after.statusCode()).as("the portal after the hostile uploads").isEqualTo(200);
		assertThat(Jsoup.parse(after.body()).selectFirst("input[name=nameZh]")).isNotNull();
		assertThat(this.portal.output()).as("the portal's log")
			.noneMatch((line) -> line.contains("OutOfMemoryError") || line.contains(" ERROR "));
	}

	private void refused(String form, Supplier<byte[]> workbook, String message) throws Exception {
		byte[] file = workbook.get();
		String csrf = csrf(form);
		long started = System.nanoTime();
		HttpResponse<String> response = upload(form, file, csrf);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("%s bytes refused in %d ms%n", file.length, took.toMillis());

		assertThat(response.statusCode()).isEqualTo(200);
		Element error = Jsoup.parse(response.body()).selectFirst("[data-testid=cell-error-2D]");
		assertThat(error).as("the error of cell D2 on the page").isNotNull();
		assertThat(error.text()).startsWith(message);
		assertThat(took).as("time to answer").isLessThan(QUICKLY);
	}

	/** A new data-file draft of Acme; its form's path. */
	private String draft() throws Exception {
		String csrf = csrf(this.base + "/products/applications");
		HttpResponse<String> response = post("/products/new", "application/x-www-form-urlencoded",
				("type=DATA_FILE&_csrf=" + csrf).getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private HttpResponse<String> upload(String form, byte[] workbook, String csrf) throws Exception {
		String boundary = "b" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"nameZh\"\r\n\r\n数据\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"dataItemsFile\"; filename=\"items.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(workbook);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return post(URI.create(form).getPath(), "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/** The CSRF token of a page's forms. */
	private String csrf(String page) throws Exception {
		return Jsoup.parse(get(page).body()).selectFirst("input[name=_csrf]").attr("value");
	}

	private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
		return this.http.send(
				request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(request(URI.create(url).getPath()).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Cookie", this.cookie)
			.header("Accept-Language", "en")
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60));
	}

	private static byte[] good() throws Exception {
		try (var in = HostileWorkbookUploadIT.class.getResourceAsStream("/datafile/data-items-good.xlsx")) {
			return in.readAllBytes();
		}
	}

	/**
	 * A signed-in session of the user in the child portal's session store (its Redis
	 * namespace), as its SESSION cookie.
	 */
	private String signedIn(Map<String, Object> properties, String user) {
		this.redis = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(String.valueOf(properties.get("spring.data.redis.host")),
						Integer.parseInt(String.valueOf(properties.get("spring.data.redis.port")))));
		this.redis.afterPropertiesSet();
		this.redis.start();
		RedisTemplate<String, Object> template = new RedisTemplate<>();
		template.setConnectionFactory(this.redis);
		template.setKeySerializer(RedisSerializer.string());
		template.setHashKeySerializer(RedisSerializer.string());
		template.setBeanClassLoader(getClass().getClassLoader());
		template.afterPropertiesSet();
		RedisSessionRepository sessions = new RedisSessionRepository(template);
		sessions.setRedisKeyNamespace(properties.get("portal.redis-namespace") + ":session");
		sessions.setDefaultMaxInactiveInterval(Duration.ofMinutes(30));
		return new TestUsers(this.db.jdbc()).sessionCookie(sessions, user);
	}

}
