package io.sellercenter.idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The Spring Authorization Server endpoints: discovery, JWKS, authorize, token, userinfo,
 * revocation, introspection and RP-initiated logout ({@code /connect/logout}).
 */
class AuthorizationServerConfig {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http,
			BackChannelLogoutNotifier backChannelLogout) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc((oidc) -> oidc
				.providerConfigurationEndpoint((discovery) -> discovery
					.providerConfigurationCustomizer((config) -> config.claim("backchannel_logout_supported", true)
						.claim("backchannel_logout_session_supported", true)))
				.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(new UserInfoMapper()))
				.logoutEndpoint((logout) -> logout
					.logoutResponseHandler(BackChannelLogoutConfig.rpInitiatedLogoutHandler(backChannelLogout))));
		});
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated());
		// The userinfo endpoint takes the access token as a bearer token.
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		// Browsers without a session go to the sign-in page, API clients get 401.
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(IdpProperties properties) {
		return RegisteredClients.repository(properties.clients());
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdpProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (StringUtils.hasText(properties.issuer())) {
			settings.issuer(properties.issuer());
		}
		return settings.build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(IdpProperties properties) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(properties.keyFile())));
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(LogoutParticipants participants) {
		return new TokenCustomizer(participants);
	}

}
