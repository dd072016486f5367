package io.sellercenter.security;

import java.util.Map;

import io.sellercenter.security.SignInProperties.AccountHint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How IAM user sign-in passes the account to the provider, in each mode of
 * {@code portal.sign-in.account-hint}: the authorization request the browser is sent to.
 */
@Tag("attack")
class AccountHintTests {

	private static final InMemoryClientRegistrationRepository REGISTRATIONS = new InMemoryClientRegistrationRepository(
			ClientRegistration.withRegistrationId("marketplace")
				.clientId("seller-portal")
				.clientSecret("secret")
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope("openid", "profile", "email")
				.authorizationUri("https://idp.example.com/authorize")
				.tokenUri("https://idp.example.com/token")
				.jwkSetUri("https://idp.example.com/jwks")
				.build());

	@Test
	void loginHintModeSendsTheAccountAsLoginHint() {
		Map<String, String> query = authorizationQuery(bind(Map.of()), "acme");

		assertThat(query).containsEntry("login_hint", "acme").containsKeys("state", "nonce", "code_challenge");
	}

	@Test
	void noneModeSendsNoAccountWhateverTheRequestSays() {
		Map<String, String> query = authorizationQuery(bind(Map.of("portal.sign-in.account-hint", "none")), "acme");

		assertThat(query).doesNotContainKey("login_hint").doesNotContainValue("acme").containsKey("state");
	}

	@Test
	void parameterModeSendsTheAccountAsTheNamedParameterAndNoLoginHint() {
		Map<String, String> query = authorizationQuery(bind(
				Map.of("portal.sign-in.account-hint", "parameter", "portal.sign-in.account-parameter", "domain_name")),
				"acme");

		assertThat(query).containsEntry("domain_name", "acme").doesNotContainKey("login_hint");
	}

	@Test
	void withoutAnAccountNothingIsAdded() {
		Map<String, String> query = authorizationQuery(bind(Map.of()), null);

		assertThat(query).doesNotContainKey("login_hint");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-acme", "acme&prompt=none", "a b", "acme\r\nx" })
	void anImplausibleAccountIsDroppedRatherThanPassedOn(String account) {
		Map<String, String> query = authorizationQuery(bind(Map.of()), account);

		assertThat(query).doesNotContainKey("login_hint").doesNotContainKey("prompt");
	}

	@Test
	void theDefaultIsTheDevelopmentProvidersWay() {
		SignInProperties properties = bind(Map.of());

		assertThat(properties.accountHint()).isEqualTo(AccountHint.LOGIN_HINT);
		assertThat(properties.asksForAccount()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "NONE", "None" })
	void noneAsksForNoAccount(String value) {
		SignInProperties properties = bind(Map.of("portal.sign-in.account-hint", value));

		assertThat(properties.asksForAccount()).isFalse();
		assertThat(properties.parameterName()).isNull();
	}

	@Test
	void parameterModeWithoutANameRefusesToStartNamingTheVariable() {
		assertThatThrownBy(() -> bind(Map.of("portal.sign-in.account-hint", "parameter")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("PORTAL_SIGN_IN_ACCOUNT_PARAMETER");
	}

	@ParameterizedTest
	@ValueSource(strings = { "state", "redirect_uri", "Client_Id", "prompt", "nonce" })
	void parameterModeRefusesAParameterThePortalSetsItself(String name) {
		assertThatThrownBy(() -> bind(
				Map.of("portal.sign-in.account-hint", "parameter", "portal.sign-in.account-parameter", name)))
			.rootCause()
			.hasMessageContaining("PORTAL_SIGN_IN_ACCOUNT_PARAMETER may not be");
	}

	@Test
	void aParameterNameWithoutParameterModeRefusesToStart() {
		assertThatThrownBy(() -> bind(
				Map.of("portal.sign-in.account-hint", "none", "portal.sign-in.account-parameter", "domain_name")))
			.rootCause()
			.hasMessageContaining("PORTAL_SIGN_IN_ACCOUNT_HINT=parameter");
	}

	@Test
	void anUnknownModeRefusesToStart() {
		assertThatThrownBy(() -> bind(Map.of("portal.sign-in.account-hint", "domain_name")))
			.isInstanceOf(BindException.class);
	}

	/**
	 * As the portal binds {@code portal.sign-in.*} from application.yml or the
	 * environment.
	 */
	private static SignInProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("portal.sign-in",
				SignInProperties.class);
	}

	/** The query of the authorization request the browser is redirected to. */
	private static Map<String, String> authorizationQuery(SignInProperties properties, String account) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/marketplace");
		request.setServletPath("/oauth2/authorization/marketplace");
		if (account != null) {
			request.setParameter("account", account);
		}
		String uri = new AccountHintResolver(REGISTRATIONS, properties).resolve(request).getAuthorizationRequestUri();
		assertThat(uri).startsWith("https://idp.example.com/authorize?");
		return UriComponentsBuilder.fromUriString(uri).build().getQueryParams().toSingleValueMap();
	}

}
