package io.sellercenter.security;

import java.nio.charset.StandardCharsets;

import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.PortalTestServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code portal.sign-in.account-hint=none}, for providers that read {@code login_hint} as
 * the user's own name (Keycloak): the sign-in page asks for no account and says how IAM
 * users sign in, and no account reaches the provider.
 */
@PortalTest
// A portal context of its own: small pool, and closed after these tests, so it holds few
// connections of the shared database server and none for long.
@TestPropertySource(properties = { "portal.sign-in.account-hint=none", "spring.datasource.hikari.maximum-pool-size=2" })
@DirtiesContext
class SignInWithoutAccountTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signInPageAsksForNoAccountAndExplains() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/login").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("input[name=account]")).isEmpty();
		assertThat(page.select("[data-testid=iam-form]")).isEmpty();
		assertThat(page.select("[data-testid=iam-note]").text()).contains("IAM users use the button above");
		assertThat(page.select("[data-testid=sign-in-marketplace]")).hasSize(1);
	}

	@Test
	void authorizationRequestCarriesNoAccount() throws Exception {
		String location = this.mvc.perform(get("/oauth2/authorization/marketplace").param("account", "acme"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith(PortalTestServices.idpUrl() + "/oauth2/authorize?")
			.doesNotContain("login_hint")
			.doesNotContain("acme");
	}

}
