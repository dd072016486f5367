package io.sellercenter.platform;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform API's own filter chain, before the browser chain: bearer JWTs of the
 * identity provider with scope {@code platform}, issued to the platform's own client (401
 * without a valid token, 403 with one that lacks the scope), no session, no CSRF (no
 * browser sends these calls, and nothing here reads a cookie). The API description is
 * public.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSecurity {

	static final String API = "/api/platform/**";

	static final String DESCRIPTION = "/api/platform/openapi.yaml";

	@Bean
	@Order(1)
	SecurityFilterChain platformApi(HttpSecurity http, JwtDecoder platformTokens) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(DESCRIPTION)
				.permitAll()
				.anyRequest()
				.hasAuthority("SCOPE_platform"))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.decoder(platformTokens)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * The provider's tokens, checked for their issuer and time as usual, and for the
	 * platform's client: any other client of the same provider (the portal itself, a
	 * merchant's tool) may be given a token with a scope called {@code platform}, but not
	 * one issued to the platform. The provider's keys are fetched on first use, so the
	 * portal starts while the provider is away. The portal's one JwtDecoder: Boot's own
	 * steps back.
	 */
	@Bean
	JwtDecoder platformTokens(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			@Value("${portal.platform.client-id}") String platformClient) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
					issuedTo(platformClient)));
			return decoder;
		});
	}

	/**
	 * The token names the platform's client as its audience, or (providers such as
	 * Keycloak that put no audience in client-credentials tokens by default) as the
	 * authorized party or client id.
	 */
	static OAuth2TokenValidator<Jwt> issuedTo(String client) {
		OAuth2Error error = new OAuth2Error("invalid_token", "the token was not issued to the platform client", null);
		return (jwt) -> {
			List<String> audience = jwt.getAudience();
			boolean ours = (audience != null && audience.contains(client)) || client.equals(jwt.getClaimAsString("azp"))
					|| client.equals(jwt.getClaimAsString("client_id"));
			return ours ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(error);
		};
	}

}
