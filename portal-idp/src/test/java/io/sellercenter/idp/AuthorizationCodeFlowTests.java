package io.sellercenter.idp;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

@IdpSpringBootTest
class AuthorizationCodeFlowTests {

	@LocalServerPort
	int port;

	String base;

	@BeforeEach
	void base() {
		this.base = "http://127.0.0.1:" + this.port;
	}

	@Test
	void idTokenCarriesAccountClaimsAndSessionId() {
		Browser browser = new Browser(this.base);
		OidcFlow flow = new OidcFlow(browser);
		OidcFlow.Tokens tokens = flow.signIn("acme-admin", null, null);

		Jwt idToken = tokens.idToken(this.base);
		assertThat(idToken.getIssuer()).hasToString(this.base);
		assertThat(idToken.getAudience()).containsExactly("seller-portal");
		assertThat(idToken.getSubject()).isEqualTo("u-acme-admin");
		assertThat(idToken.getClaims()).containsEntry("domain_id", "acme")
			.containsEntry("domain_name", "Acme Cloud")
			.containsEntry("user_name", "acme-admin")
			.containsEntry("account_type", "MAIN")
			.containsEntry("name", "Alice Admin")
			.containsEntry("email", "acme-admin@acme.example")
			.containsEntry("nonce", flow.nonce());
		// sid is what Spring Authorization Server makes of the provider session id.
		String sid = idToken.getClaimAsString("sid");
		assertThat(sid).isEqualTo(SessionIds.sid(browser.sessionCookie()));

		Map<String, Object> userInfo = OidcFlow.json(browser.getWithBearer("/userinfo", tokens.accessToken()));
		assertThat(userInfo).containsEntry("sub", "u-acme-admin")
			.containsEntry("domain_id", "acme")
			.containsEntry("domain_name", "Acme Cloud")
			.containsEntry("user_name", "acme-admin")
			.containsEntry("account_type", "MAIN")
			.containsEntry("name", "Alice Admin")
			.containsEntry("email", "acme-admin@acme.example");

		Jwt refreshed = flow.refresh(tokens.refreshToken()).idToken(this.base);
		assertThat(refreshed.getSubject()).isEqualTo("u-acme-admin");
		assertThat(refreshed.getClaimAsString("sid")).isEqualTo(sid);
	}

	@Test
	void iamSignInTakesTheAccountFromLoginHint() {
		Browser browser = new Browser(this.base);
		OidcFlow flow = new OidcFlow(browser);
		assertThat(Browser.location(flow.authorize("acme"))).endsWith("/login");

		HttpResponse<String> page = browser.get("/login", "en-US,en;q=0.9");
		assertThat(page.body()).contains("IAM user sign-in for account acme")
			.containsPattern("id=\"account\"[^>]*value=\"acme\"");

		String next = flow.submitLogin("acme-ops", "demo", "acme");
		Jwt idToken = flow.followToCode(browser.get(next)).idToken(this.base);
		assertThat(idToken.getSubject()).isEqualTo("u-acme-ops");
		assertThat(idToken.getClaims()).containsEntry("account_type", "SUB").containsEntry("domain_id", "acme");
	}

	@Test
	void accountMayBeGivenByNameInAnyCase() {
		OidcFlow flow = new OidcFlow(new Browser(this.base));
		Jwt idToken = flow.signIn("globex-sales", "globex DATA", "globex").idToken(this.base);
		assertThat(idToken.getSubject()).isEqualTo("u-globex-sales");
	}

	@Test
	void iamSignInWithAnotherAccountFails() {
		Browser browser = new Browser(this.base);
		OidcFlow flow = new OidcFlow(browser);
		flow.authorize("globex");
		assertThat(flow.submitLogin("acme-ops", "demo", "globex")).endsWith("/login?error");
		assertThat(browser.get("/login?error", "en").body()).contains("data-testid=\"idp-error\"")
			.contains("Wrong user name, password or account name.");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void wrongPasswordFails() {
		OidcFlow flow = new OidcFlow(new Browser(this.base));
		flow.authorize(null);
		assertThat(flow.submitLogin("acme-admin", "not-demo", null)).endsWith("/login?error");
	}

	@Test
	void pkceIsRequired() {
		HttpResponse<String> response = new Browser(this.base)
			.get("/oauth2/authorize?response_type=code" + "&client_id=seller-portal&scope=openid&state=s&redirect_uri="
					+ Browser.encode(OidcFlow.REDIRECT_URI));
		assertThat(Browser.location(response)).startsWith(OidcFlow.REDIRECT_URI).contains("error=invalid_request");
	}

	@Test
	void sameUserInTwoBrowsersKeepsTwoSessionIds() {
		Browser first = new Browser(this.base);
		OidcFlow firstFlow = new OidcFlow(first);
		String firstSid = firstFlow.signIn("acme-admin", null, null).idToken(this.base).getClaimAsString("sid");
		Browser second = new Browser(this.base);
		String secondSid = new OidcFlow(second).signIn("acme-admin", null, null)
			.idToken(this.base)
			.getClaimAsString("sid");
		assertThat(secondSid).isNotEqualTo(firstSid);

		// The first browser comes back (no form: it still has its session) and must get
		// its own sid, not the newer session's.
		String again = new OidcFlow(first).signInAgain().idToken(this.base).getClaimAsString("sid");
		assertThat(again).isEqualTo(firstSid);
	}

	@Test
	void pagesAreChineseUnlessTheBrowserAsksForEnglish() {
		Browser browser = new Browser(this.base);
		assertThat(browser.get("/login").body()).contains("用户名").contains("data-testid=\"idp-username\"");
		assertThat(browser.get("/login", "en-US,en;q=0.8").body())
			.contains("<label for=\"username\">User name</label>");
	}

	@Test
	void homePageShowsTheSignedInUser() {
		Browser browser = new Browser(this.base);
		new OidcFlow(browser).signIn("mkt-reviewer", null, null);
		String home = browser.get("/", "en").body();
		assertThat(home).contains("Rita Reviewer")
			.contains("mkt-reviewer")
			.contains("Marketplace Operations (marketplace)")
			.contains("data-testid=\"idp-signout\"");
	}

}
