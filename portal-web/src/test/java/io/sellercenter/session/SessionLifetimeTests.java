package io.sellercenter.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.sellercenter.PortalApplication;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.user.SubUserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session lives at most its absolute lifetime from sign-in however busy it is kept, and
 * the links that end it (disabling its user, a provider logout) live at least as long. A
 * portal of this test's own with a lifetime of seconds stands for the real twelve hours.
 */
@Tag("attack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLifetimeTests {

	private static final Duration LIFETIME = Duration.ofSeconds(5);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String namespace = "portal-lifetime-" + UUID.randomUUID().toString().substring(0, 8);

	private ConfigurableApplicationContext portal;

	private String base;

	private TestUsers users;

	private StringRedisTemplate redis;

	@SuppressWarnings("rawtypes")
	private SessionRepository sessions;

	private SessionLinks links;

	@BeforeAll
	void startPortalWithShortLifetime() {
		Map<String, Object> properties = PortalTestServices.ownPortal(this.namespace);
		properties.put("portal.session.absolute-timeout", LIFETIME.toSeconds() + "s");
		this.portal = Apps.start(PortalApplication.class, properties);
		this.base = PortalTestServices.baseUrl(this.portal);
		this.users = new TestUsers(this.portal.getBean(JdbcTemplate.class));
		this.redis = this.portal.getBean(StringRedisTemplate.class);
		this.sessions = this.portal.getBean(SessionRepository.class);
		this.links = this.portal.getBean(SessionLinks.class);
	}

	@AfterAll
	void stop() {
		this.portal.close();
	}

	@Test
	void sessionKeptBusyEndsAtItsAbsoluteLifetime() throws Exception {
		Instant earliestEnd = Instant.now().plus(LIFETIME);
		String id = signedIn("acme-admin");
		Instant end = Instant.now().plus(LIFETIME);

		Instant refusedAt = null;
		while (refusedAt == null && Instant.now().isBefore(end.plusSeconds(3))) {
			Instant start = Instant.now();
			HttpResponse<String> page = get("/", id);
			if (page.statusCode() == 200) {
				assertThat(start).as("served within the lifetime").isBefore(end);
				long ttl = this.redis.getExpire(sessionKey(id), TimeUnit.MILLISECONDS);
				if (ttl != -2) {
					// (-2: it has just expired, at the end of the lifetime)
					assertThat(ttl).as("the session's key expires by the end of its lifetime")
						.isPositive()
						.isLessThanOrEqualTo(Duration.between(Instant.now(), end).toMillis() + 50);
				}
			}
			else {
				assertThat(page.statusCode()).isEqualTo(302);
				assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
				refusedAt = Instant.now();
			}
			Thread.sleep(250);
		}

		assertThat(refusedAt).as("the busy session was refused after its lifetime").isNotNull();
		assertThat(refusedAt).as("not before the end of its lifetime").isAfterOrEqualTo(earliestEnd);
		assertThat(this.redis.hasKey(sessionKey(id))).isFalse();
	}

	@Test
	void linksLiveAtLeastAsLongAsTheSessionAndLinkingRefreshesThem() throws Exception {
		long userId = this.users.current("globex-admin").userId();
		String sid = "sid-" + UUID.randomUUID();
		this.links.link(signedIn("globex-admin"), SessionLinks.newHandle(), userId, sid);
		assertLinkTtl(userId, sid);

		Thread.sleep(1500);
		this.links.link(signedIn("globex-admin"), SessionLinks.newHandle(), userId, sid);
		assertLinkTtl(userId, sid);
	}

	@Test
	void disablingTheUserEndsASessionLateInItsLife() throws Exception {
		CurrentUser owner = this.users.current("acme-admin");
		long userId = this.users.current("acme-ops").userId();
		String id = signedIn("acme-ops");
		this.links.link(id, SessionLinks.newHandle(), userId, "sid-" + UUID.randomUUID());
		Instant lateInLife = Instant.now().plus(LIFETIME.multipliedBy(7).dividedBy(10));
		while (Instant.now().isBefore(lateInLife)) {
			assertThat(get("/", id).statusCode()).isEqualTo(200);
			Thread.sleep(250);
		}

		SubUserService subUsers = this.portal.getBean(SubUserService.class);
		try {
			subUsers.setEnabled(owner.merchant(), userId, false, owner.actor("127.0.0.1"));

			assertThat(this.redis.hasKey(sessionKey(id))).as("the session was ended").isFalse();
			HttpResponse<String> page = get("/", id);
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}
		finally {
			subUsers.setEnabled(owner.merchant(), userId, true, owner.actor("127.0.0.1"));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void newSessionIdAtSignInStartsTheLifetimeAgain() throws Exception {
		Session session = (Session) this.sessions.createSession();
		this.sessions.save(session);
		Thread.sleep(1200);

		Session found = (Session) this.sessions.findById(session.getId());
		String oldId = found.getId();
		String newId = found.changeSessionId();
		this.sessions.save(found);

		assertThat(this.sessions.findById(oldId)).isNull();
		Session renewed = (Session) this.sessions.findById(newId);
		assertThat(renewed.getCreationTime()).isAfterOrEqualTo(session.getCreationTime().plusMillis(1200));
	}

	/**
	 * Both link keys expire no sooner than a session that has just begun, and not days
	 * later either.
	 */
	private void assertLinkTtl(long userId, String sid) {
		String prefix = this.namespace + ":session:links:";
		for (String key : new String[] { prefix + "user:" + userId, prefix + "sid:" + sid }) {
			long ttl = this.redis.getExpire(key, TimeUnit.MILLISECONDS);
			assertThat(ttl).as("time to live of %s", key)
				.isGreaterThanOrEqualTo(LIFETIME.toMillis() - 500)
				.isLessThanOrEqualTo(LIFETIME.plusMinutes(2).toMillis());
		}
	}

	/** A session saved in the portal's store as sign-in leaves it; its id. */
	private String signedIn(String user) {
		String cookie = this.users.sessionCookie(this.sessions, user);
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String id) throws Exception {
		String cookie = Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Cookie", "SESSION=" + cookie)
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String sessionKey(String id) {
		return this.namespace + ":session:sessions:" + id;
	}

}
