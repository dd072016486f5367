package io.sellercenter.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform API's own filter chain, before the browser chain: bearer JWTs of the
 * identity provider with scope {@code platform} (401 without a valid token, 403 with one
 * that lacks the scope), no session, no CSRF (no browser sends these calls, and nothing
 * here reads a cookie). The API description is public.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSecurity {

	static final String API = "/api/platform/**";

	static final String DESCRIPTION = "/api/platform/openapi.yaml";

	@Bean
	@Order(1)
	SecurityFilterChain platformApi(HttpSecurity http) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(DESCRIPTION)
				.permitAll()
				.anyRequest()
				.hasAuthority("SCOPE_platform"))
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
