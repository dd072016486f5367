package io.sellercenter.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sellercenter.session.SessionCookie;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Before a new portal process says it is ready, it serves its busiest pages to itself for
 * a few seconds, over loopback and through the whole stack (filters, session, security,
 * controllers, queries, templates). Without it the first users after every start paid for
 * what runs once (templates parsed, statements prepared, pools filled, classes loaded)
 * and for code still interpreted: a p99 over a second in the first ten seconds of
 * traffic. Spring Boot reports readiness only after the listeners of
 * {@link ApplicationReadyEvent} return, so a proxy or orchestrator that waits for
 * readiness sends no user here before this is done.
 * <p>
 * The pages are read as a main account of its own (user id 0, which no user has) of the
 * merchant with the latest order (none: empty pages), with every menu: read-only pages,
 * nothing written but the session, which is deleted at the end and never leaves the
 * machine.
 */
final class WarmUp {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private final SessionRepository<? extends Session> sessions;

	private final JdbcTemplate jdbc;

	private final Settings settings;

	private final String cookieName;

	/** Pages answered 200 and not, by the last warm-up. */
	private volatile int served;

	private volatile int failed;

	/** The first page that did not answer 200, and how it answered. */
	private volatile String firstFailure;

	WarmUp(SessionRepository<? extends Session> sessions, JdbcTemplate jdbc, Settings settings, boolean secureCookies) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.settings = settings;
		this.cookieName = SessionCookie.name(secureCookies);
	}

	@EventListener
	void warmUp(ApplicationReadyEvent event) throws InterruptedException {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		Instant start = Instant.now();
		String base = "http://127.0.0.1:" + web.getWebServer().getPort();
		Map<String, Object> merchant = latestMerchant();
		// No merchant has an order yet: the pages are read for a merchant that does not
		// exist.
		boolean noMerchant = (merchant == null);
		String sessionId = signedInSession(
				noMerchant ? Map.of("id", Long.MAX_VALUE, "name", "", "domain_id", "") : merchant);
		String cookie = this.cookieName + "="
				+ Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant end = start.plus(this.settings.duration());
		AtomicInteger served = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int t = 0; t < 2; t++) {
				String language = (t == 0) ? "en" : "zh-CN";
				threads.execute(() -> {
					while (Instant.now().isBefore(end) && failed.get() < 20) {
						for (String path : this.settings.paths()) {
							String answer = get(http, base + path, cookie, language, noMerchant);
							if (answer == null) {
								served.incrementAndGet();
							}
							else {
								failed.incrementAndGet();
								if (this.firstFailure == null) {
									this.firstFailure = path + ": " + answer;
								}
							}
						}
					}
				});
			}
		}
		finally {
			threads.shutdown();
			threads.awaitTermination(this.settings.duration().toSeconds() + 30, TimeUnit.SECONDS);
			this.sessions.deleteById(sessionId);
		}
		this.served = served.get();
		this.failed = failed.get();
		long millis = Duration.between(start, Instant.now()).toMillis();
		if (this.failed > 0) {
			log.warn("Warmed up with {} pages ({} not answered 200, the first {}) in {} ms", this.served, this.failed,
					this.firstFailure, millis);
		}
		else {
			log.info("Warmed up with {} pages ({} not answered 200) in {} ms", this.served, this.failed, millis);
		}
	}

	int served() {
		return this.served;
	}

	int failed() {
		return this.failed;
	}

	/**
	 * Null when the page answered 200 (or 404 when there is no merchant yet: pages of a
	 * merchant that does not exist are not found), else what it answered.
	 */
	private static String get(HttpClient http, String url, String cookie, String language, boolean noMerchant) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", cookie)
				.header("Accept-Language", language)
				.timeout(Duration.ofSeconds(10))
				.GET()
				.build();
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return (status == 200 || (noMerchant && status == 404)) ? null : "HTTP " + status;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return ex.toString();
		}
	}

	/**
	 * The merchant with the latest order: id, name, domain_id; null when there is none.
	 */
	private Map<String, Object> latestMerchant() {
		return this.jdbc
			.queryForList("SELECT m.id, m.name, m.domain_id FROM merchant m"
					+ " WHERE m.id = (SELECT o.merchant_id FROM orders o ORDER BY o.id DESC LIMIT 1)")
			.stream()
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String signedInSession(Map<String, Object> merchant) {
		CurrentUser user = new CurrentUser(0, "warm-up", "Warm-up", AccountType.MAIN,
				((Number) merchant.get("id")).longValue(), (String) merchant.get("name"),
				(String) merchant.get("domain_id"), "warm-up", null, EnumSet.allOf(Menu.class));
		OidcIdToken token = OidcIdToken.withTokenValue("warm-up")
			.subject("warm-up")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plus(this.settings.duration()).plusSeconds(60))
			.build();
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_MAIN"),
				new SimpleGrantedAuthority("ROLE_MERCHANT"));
		PortalOidcUser principal = new PortalOidcUser(authorities, token, null, user);
		SessionRepository repository = this.sessions;
		Session session = repository.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT",
				new SecurityContextImpl(new OAuth2AuthenticationToken(principal, authorities, "marketplace")));
		repository.save(session);
		return session.getId();
	}

	/**
	 * @param enabled whether a new process warms up before it is ready (tests turn it
	 * off)
	 * @param duration how long it serves itself
	 * @param paths the pages, each asked in turn in English and in Chinese
	 */
	@ConfigurationProperties("portal.warm-up")
	record Settings(boolean enabled, Duration duration, List<String> paths) {

	}

}
