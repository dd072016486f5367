package io.sellercenter.security;

import java.net.URI;
import java.util.List;

import io.sellercenter.audit.AuditLog;
import io.sellercenter.session.SessionLinks;

import io.sellercenter.product.ProductAccess;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;

/**
 * The portal's one security filter chain: who reaches which pages, single sign-on with
 * the marketplace provider, sign-out through the provider, CSRF on every state change,
 * and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	/** Asked when a controller needs a Viewer, not while the security beans are made. */
	private final ObjectProvider<ProductAccess> access;

	SecurityConfiguration(ObjectProvider<ProductAccess> access) {
		this.access = access;
	}

	/** Reachable without signing in. */
	private static final String[] PUBLIC = { "/login", "/logged-out", "/access/**", "/error", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/actuator/health/**", "/logout/connect/back-channel/**" };

	@Bean
	SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations,
			PortalOidcUserService oidcUsers, SessionLinks links, AuditLog audit, SignInProperties signIn,
			RefusedSignIns refusals,
			@Value("${spring.security.oauth2.client.provider.marketplace.issuer-uri}") String issuer) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers("/operator/**")
			.hasRole("OPERATOR")
			.requestMatchers("/", "/sessions/**", "/notifications/**")
			.authenticated()
			.anyRequest()
			.hasRole("MERCHANT"))
			.oauth2Login((login) -> login.loginPage("/login")
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestResolver(new AccountHintResolver(registrations, signIn)))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUsers))
				.successHandler(new SignInSuccessHandler(links, audit, refusals))
				.failureHandler(new SignInFailureHandler(refusals)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(new SignOutHandler(links, audit))
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.logoutSuccessHandler(providerLogout(registrations)))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/logout/connect/back-channel/**"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(issuer)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.oauth2Client(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@ConditionalOnProperty(name = "portal.warm-up.enabled", havingValue = "true")
	WarmUp warmUp(SessionRepository<? extends Session> sessions, JdbcTemplate jdbc, WarmUp.Settings settings,
			@Value("${portal.secure-cookies}") boolean secureCookies) {
		return new WarmUp(sessions, jdbc, settings, secureCookies);
	}

	/**
	 * The portal never calls the provider's APIs with the user's tokens, so it does not
	 * keep them: the session stays small and holds no bearer token worth stealing.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClients() {
		return new OAuth2AuthorizedClientRepository() {

			@Override
			@SuppressWarnings("unchecked")
			public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
					Authentication principal, HttpServletRequest request) {
				return null;
			}

			@Override
			public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}

			@Override
			public void removeAuthorizedClient(String registrationId, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}

		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserResolver(this.access));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MenuAccessInterceptor());
	}

	/**
	 * RP-initiated logout: after the portal has deleted its own session, the browser goes
	 * to the provider's end-session endpoint, which ends the provider session and returns
	 * to /logged-out.
	 */
	private static OidcClientInitiatedLogoutSuccessHandler providerLogout(ClientRegistrationRepository registrations) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/logged-out");
		return handler;
	}

	/**
	 * No inline scripts or styles anywhere. Forms may post to the portal and, because
	 * sign-in and sign-out continue there by redirect (which browsers check against
	 * form-action), to the provider.
	 */
	static String contentSecurityPolicy(String issuer) {
		URI uri = URI.create(issuer);
		String provider = uri.getScheme() + "://" + uri.getAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
				+ provider;
	}

}
