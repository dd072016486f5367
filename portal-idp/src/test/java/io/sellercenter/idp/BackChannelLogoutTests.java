package io.sellercenter.idp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny relying party back end receives the logout tokens, as the portal's
 * {@code /logout/connect/back-channel/marketplace} would.
 */
@Tag("attack")
@IdpSpringBootTest
class BackChannelLogoutTests {

	static final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	static HttpServer receiver;

	static volatile int answer = 200;

	@LocalServerPort
	int port;

	String base;

	@DynamicPropertySource
	static void receiverIsThePortalsBackChannel(DynamicPropertyRegistry registry) throws IOException {
		receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/back-channel", (exchange) -> {
			try (InputStream body = exchange.getRequestBody()) {
				String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
				String form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
				received.add(contentType + "|" + form);
			}
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		receiver.start();
		registry.add("idp.clients.portal.backchannel-logout-uri",
				() -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/back-channel");
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@BeforeEach
	void reset() {
		this.base = "http://127.0.0.1:" + this.port;
		received.clear();
	}

	@Test
	void signOutOnTheProviderHomePageNotifiesThePortal() throws InterruptedException {
		Browser browser = new Browser(this.base);
		Jwt idToken = new OidcFlow(browser).signIn("acme-admin", null, null).idToken(this.base);
		assertThat(received).isEmpty();

		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", Browser.csrf(home)));
		assertThat(Browser.location(signedOut)).endsWith("/login?logout");
		// Sent before the logout response: already there.
		Jwt logoutToken = logoutToken(received.poll());
		assertLogoutTokenFor(idToken, logoutToken);

		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("one token per client and session").isNull();
	}

	@Test
	void rpInitiatedLogoutNotifiesAndRedirectsToThePortal() {
		Browser browser = new Browser(this.base);
		OidcFlow.Tokens tokens = new OidcFlow(browser).signIn("globex-admin", null, null);
		Jwt idToken = tokens.idToken(this.base);

		HttpResponse<String> response = browser.get("/connect/logout?id_token_hint=" + tokens.idToken()
				+ "&post_logout_redirect_uri=" + Browser.encode("http://localhost:8080/logged-out") + "&state=bye");
		assertThat(Browser.location(response)).isEqualTo("http://localhost:8080/logged-out?state=bye");
		assertLogoutTokenFor(idToken, logoutToken(received.poll()));
		assertThat(browser.get("/").statusCode()).as("provider session ended").isEqualTo(302);
	}

	@Test
	void aFailingPortalDoesNotStopTheSignOut() {
		answer = 500;
		try {
			Browser browser = new Browser(this.base);
			new OidcFlow(browser).signIn("initech-admin", null, null);
			HttpResponse<String> home = browser.get("/");
			HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", Browser.csrf(home)));
			assertThat(Browser.location(signedOut)).endsWith("/login?logout");
			assertThat(received).hasSize(1);
		}
		finally {
			answer = 200;
		}
	}

	private void assertLogoutTokenFor(Jwt idToken, Jwt logoutToken) {
		assertThat(logoutToken.getHeaders()).containsEntry("typ", "logout+jwt").containsEntry("alg", "RS256");
		assertThat((String) logoutToken.getHeaders().get("kid")).isEqualTo(idToken.getHeaders().get("kid"));
		assertThat(logoutToken.getIssuer()).hasToString(this.base);
		assertThat(logoutToken.getAudience()).containsExactly("seller-portal");
		assertThat(logoutToken.getSubject()).isEqualTo(idToken.getSubject());
		assertThat(logoutToken.getClaimAsString("sid")).isNotBlank().isEqualTo(idToken.getClaimAsString("sid"));
		assertThat(logoutToken.getId()).isNotBlank();
		assertThat(logoutToken.getIssuedAt()).isNotNull();
		assertThat(logoutToken.getExpiresAt()).isEqualTo(logoutToken.getIssuedAt().plusSeconds(120));
		assertThat(logoutToken.getClaimAsMap("events"))
			.containsOnlyKeys("http://schemas.openid.net/event/backchannel-logout");
		assertThat(logoutToken.getClaims()).doesNotContainKey("nonce");
	}

	/** Verifies the signature against the provider's JWKS, as the portal does. */
	private Jwt logoutToken(String request) {
		assertThat(request).as("a logout token was posted").isNotNull();
		String[] parts = request.split("\\|", 2);
		assertThat(parts[0]).startsWith("application/x-www-form-urlencoded");
		assertThat(parts[1]).startsWith("logout_token=");
		String token = URLDecoder.decode(parts[1].substring("logout_token=".length()), StandardCharsets.UTF_8);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.base + "/oauth2/jwks").build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				List.of(new JwtTypeValidator("logout+jwt"), new JwtTimestampValidator())));
		return decoder.decode(token);
	}

}
