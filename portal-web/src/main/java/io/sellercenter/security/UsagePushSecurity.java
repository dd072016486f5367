package io.sellercenter.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The merchants' server APIs under {@code /api/v1/isv/} (the usage push, the order query)
 * authenticate each request by its HMAC signature (checked by the API itself, over the
 * raw body or query string), not by a session: no cookies, no CSRF, no session created.
 */
@Configuration(proxyBeanMethods = false)
class UsagePushSecurity {

	@Bean
	@Order(20)
	SecurityFilterChain usagePush(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/isv/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
