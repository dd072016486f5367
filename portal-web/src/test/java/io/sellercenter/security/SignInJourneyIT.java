package io.sellercenter.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.Pages.IdpLogin;
import io.sellercenter.testsupport.Pages.Portal;
import io.sellercenter.testsupport.Pages.Refusal;
import io.sellercenter.testsupport.Pages.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyIT extends BrowserJourney {

	@Autowired
	StringRedisTemplate redis;

	@Value("${portal.redis-namespace}")
	String namespace;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Test
	void mainAccountSignsInSeesMerchantAndSignsOut() {
		this.page.navigate(portal("/"));
		String before = sessionId(this.browser);
		new SignIn(this.page).withMarketplaceAccount().signIn("acme-admin", "demo");

		Portal portal = new Portal(this.page);
		assertThat(portal.merchantName()).isEqualTo("Acme Cloud");
		assertThat(this.page.getByTestId("home-user")).hasText("Alice Admin");
		String session = sessionId(this.browser);
		assertThat(session).as("the session id changes at sign-in").isNotEqualTo(before);
		assertThat(this.redis.hasKey(sessionKey(session))).isTrue();
		screenshot("merchant-home");

		portal.signOut();
		assertThat(this.page.getByTestId("logged-out")).isVisible();
		assertThat(this.page.url()).isEqualTo(portal("/logged-out"));
		assertThat(this.redis.hasKey(sessionKey(session))).as("the portal session is deleted").isFalse();
		screenshot("signed-out");

		this.page.navigate(portal("/"));
		new SignIn(this.page).withMarketplaceAccount();
		// A new visit asks for the password: the provider session ended too.
		assertThat(this.page.getByTestId("idp-password")).isVisible();
	}

	@Test
	void subUserSignsInThroughIamUserSignIn() {
		this.page.navigate(portal("/login"));
		screenshot("sign-in");
		IdpLogin login = new SignIn(this.page).asIamUserOf("acme");
		assertThat(this.page.getByTestId("idp-account")).hasValue("acme");
		login.signIn("acme-ops", "demo");

		assertThat(new Portal(this.page).merchantName()).isEqualTo("Acme Cloud");
		assertThat(this.page.getByTestId("home-user")).hasText("Oscar Ops");
	}

	@Test
	void unregisteredSubUserIsRefusedWithForbiddenPage() {
		this.page.navigate(portal("/login"));
		Response[] refusal = new Response[1];
		this.page.onResponse((response) -> {
			if (response.url().endsWith("/access/not-registered")) {
				refusal[0] = response;
			}
		});
		new SignIn(this.page).asIamUserOf("acme").signIn("acme-intern", "demo");

		assertThat(this.page.getByTestId("not-registered")).isVisible();
		assertThat(refusal[0].status()).isEqualTo(403);
		screenshot("not-registered-403");
		this.page.navigate(portal("/"));
		assertThat(this.page.url()).as("no portal session was made").startsWith(portal("/login"));
	}

	/**
	 * The provider's session outlives the refusal, so "back to sign-in" would only bring
	 * the refusal back; "sign in as another user" ends it first. The refused ID token
	 * goes to the provider only, never into a portal URL or the log.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void refusedSubUserSignsInAsAnotherUser(CapturedOutput output) {
		List<String> portalUrls = new ArrayList<>();
		this.page.onRequest((request) -> {
			if (request.url().startsWith(portal(""))) {
				portalUrls.add(request.url());
			}
		});
		this.page.navigate(portal("/login"));
		new SignIn(this.page).asIamUserOf("acme").signIn("acme-intern", "demo");
		assertThat(this.page.getByTestId("not-registered")).isVisible();
		assertThat(this.page.getByTestId("switch-account")).isVisible();
		String refusedIdToken = refusedIdToken();
		assertThat(refusedIdToken).as("the refused ID token is kept in the browser's session").isNotBlank();
		assertThat(output).contains("Sign-in refused: NOT_REGISTERED (user acme-intern of account acme");

		SignIn again = new Refusal(this.page).signInAsAnotherUser();
		assertThat(this.page.url()).isEqualTo(portal("/login?switched"));
		// The provider asks for a password again: its session of acme-intern has ended.
		again.asIamUserOf("acme").signIn("acme-ops", "demo");

		assertThat(this.page.getByTestId("home-user")).hasText("Oscar Ops");
		assertThat(new Portal(this.page).merchantName()).isEqualTo("Acme Cloud");
		assertThat(refusedIdToken()).as("no refused token in the signed-in session").isNull();
		assertThat(output).doesNotContain(refusedIdToken);
		assertThat(portalUrls).noneMatch((url) -> url.contains(refusedIdToken));
	}

	@Test
	void endingTheProviderSessionEndsThePortalSessionWithinASecond() throws InterruptedException {
		Pages.signIn(this.page, portal(""), "acme-admin");
		String session = sessionId(this.browser);
		assertThat(this.redis.hasKey(sessionKey(session))).isTrue();

		this.page.navigate(idp("/"));
		this.page.getByTestId("idp-signout").click();
		long deadline = System.currentTimeMillis() + 1000;
		while (this.redis.hasKey(sessionKey(session)) && System.currentTimeMillis() < deadline) {
			Thread.sleep(25);
		}
		assertThat(this.redis.hasKey(sessionKey(session))).as("portal session ended by back-channel logout").isFalse();

		this.page.navigate(portal("/"));
		assertThat(this.page.url()).startsWith(portal("/login"));
	}

	@Test
	void operatorLandsOnOperatorHome() {
		Pages.signIn(this.page, portal(""), "mkt-reviewer");

		assertThat(this.page.getByTestId("operator-home")).isVisible();
		assertThat(this.page.url()).isEqualTo(portal("/operator"));
	}

	@Test
	void otherMerchantCannotOpenAcmeSession() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/sessions"));
		String acmeSession = this.page.getByTestId("session-table").locator("tbody a").first().getAttribute("href");

		BrowserContext globex = newContext();
		Page other = globex.newPage();
		Pages.signIn(other, portal(""), "globex-admin");
		Response response = other.navigate(portal(acmeSession));
		assertThat(response.status()).isEqualTo(404);
		assertThat(other.getByTestId("error-404")).isVisible();
		globex.close();
	}

	@SuppressWarnings("unchecked")
	private String refusedIdToken() {
		Session session = this.sessions.findById(sessionId(this.browser));
		Object refusal = (session != null) ? session.getAttribute(RefusedSignIns.ATTRIBUTE) : null;
		return (refusal instanceof RefusedSignIns.Refusal r) ? r.idToken() : null;
	}

	private String sessionKey(String sessionId) {
		return this.namespace + ":session:sessions:" + sessionId;
	}

	private static String sessionId(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("SESSION"))
			.map((Cookie cookie) -> new String(Base64.getDecoder().decode(cookie.value), StandardCharsets.UTF_8))
			.findFirst()
			.orElse(null);
	}

}
