package io.sellercenter.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import io.sellercenter.security.RefusedSignIns.Refusal;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.PortalTestServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page and the refusal pages: IAM sign-in in the default mode
 * ({@code login-hint}), and "sign in as another user" after a refusal, which ends the
 * provider session of that refusal and of nobody else.
 */
@Tag("attack")
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SignInPageTests {

	private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LWFjbWUtaW50ZXJuIn0.refused-signature";

	@Autowired
	MockMvc mvc;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Test
	void signInPageAsksIamUsersForTheirAccount() throws Exception {
		Document page = page(get("/login"));

		assertThat(page.select("[data-testid=iam-form] input[name=account]")).hasSize(1);
		assertThat(page.select("[data-testid=iam-note]")).isEmpty();
		assertThat(page.select("[data-testid=switch-account]")).isEmpty();
	}

	@Test
	void iamSignInSendsTheAccountToTheProviderAsLoginHint() throws Exception {
		String location = this.mvc.perform(get("/oauth2/authorization/marketplace").param("account", "acme"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith(PortalTestServices.idpUrl() + "/oauth2/authorize?");
		assertThat(query(location)).containsEntry("login_hint", "acme").containsEntry("client_id", "seller-portal");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/access/not-registered", "/access/disabled", "/login?error" })
	void refusalPagesOfferSignInAsAnotherUserWhileTheRefusalIsFresh(String path) throws Exception {
		Document page = page(get(path).cookie(sessionWith(new Refusal(ID_TOKEN, Instant.now().plusSeconds(60)))));

		assertThat(page.select("form[data-testid=switch-account-form]").attr("method")).isEqualTo("post");
		assertThat(page.select("form[data-testid=switch-account-form]").attr("action"))
			.isEqualTo("/access/switch-account");
		assertThat(page.select("form[data-testid=switch-account-form] input[name=_csrf]")).hasSize(1);
		assertThat(page.html()).doesNotContain(ID_TOKEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/access/not-registered", "/access/disabled", "/login?error" })
	void refusalPagesOfferNoSwitchWithoutARefusalOrAfterItExpired(String path) throws Exception {
		assertThat(page(get(path)).select("[data-testid=switch-account]")).isEmpty();
		Cookie expired = sessionWith(new Refusal(ID_TOKEN, Instant.now().minusSeconds(1)));
		assertThat(page(get(path).cookie(expired)).select("[data-testid=switch-account]")).isEmpty();
	}

	@Test
	void switchAccountEndsTheRefusedProviderSessionOnceAndComesBackToSignIn() throws Exception {
		Cookie session = sessionWith(new Refusal(ID_TOKEN, Instant.now().plusSeconds(60)));

		String location = this.mvc.perform(post("/access/switch-account").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith(PortalTestServices.idpUrl() + "/connect/logout?");
		assertThat(query(location)).containsEntry("id_token_hint", ID_TOKEN)
			.containsEntry("client_id", "seller-portal")
			.containsEntry("post_logout_redirect_uri", "http://localhost/logged-out")
			.containsEntry("state", "switch-account");
		// The token served its one sign-out.
		this.mvc.perform(post("/access/switch-account").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void switchAccountWithoutCsrfTokenIsRefused() throws Exception {
		Cookie session = sessionWith(new Refusal(ID_TOKEN, Instant.now().plusSeconds(60)));

		this.mvc.perform(post("/access/switch-account").cookie(session)).andExpect(status().isForbidden());
	}

	/**
	 * Someone else's browser (with no refusal of its own) cannot make the portal end a
	 * provider session, whatever it sends: the portal uses only the token it keeps for
	 * the browser that was refused.
	 */
	@Test
	void switchAccountWithoutARefusalOfItsOwnEndsNothing() throws Exception {
		this.mvc
			.perform(post("/access/switch-account").param("id_token_hint", ID_TOKEN)
				.param("post_logout_redirect_uri", "https://evil.example/")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		Cookie expired = sessionWith(new Refusal(ID_TOKEN, Instant.now().minusSeconds(1)));
		this.mvc.perform(post("/access/switch-account").cookie(expired).with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void providerComingBackFromSwitchGoesOnToSignIn() throws Exception {
		this.mvc.perform(get("/logged-out").param("state", "switch-account"))
			.andExpect(redirectedUrl("/login?switched"));
		this.mvc.perform(get("/logged-out")).andExpect(status().isOk());
		assertThat(page(get("/login?switched")).select("[data-testid=login-switched]")).hasSize(1);
	}

	@Test
	void refusalIsLoggedWithItsReasonNeverWithTheToken(CapturedOutput output) throws Exception {
		RefusedSignIns refusals = new RefusedSignIns(java.time.Clock.systemUTC());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/marketplace");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new SignInFailureHandler(refusals).onAuthenticationFailure(request, response,
				new SignInRefused(PortalOidcUserService.NOT_REGISTERED,
						"NOT_REGISTERED (user acme-intern of account acme, account type SUB, subject u-acme-intern)",
						ID_TOKEN));

		assertThat(response.getRedirectedUrl()).isEqualTo("/access/not-registered");
		assertThat(refusals.held(request)).isTrue();
		assertThat(output).contains("Sign-in refused: NOT_REGISTERED (user acme-intern of account acme")
			.doesNotContain(ID_TOKEN)
			.doesNotContain("refused-signature");
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A browser's session as the failure handler leaves it, in Redis; its cookie. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private Cookie sessionWith(Refusal refusal) {
		Session session = (Session) this.sessions.createSession();
		session.setAttribute(RefusedSignIns.ATTRIBUTE, refusal);
		this.sessions.save(session);
		return new Cookie("SESSION",
				Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, String> query(String url) {
		return UriComponentsBuilder.fromUriString(url)
			.build(true)
			.getQueryParams()
			.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(e) -> java.net.URLDecoder.decode(e.getValue(), StandardCharsets.UTF_8)));
	}

}
