package io.sellercenter.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The baseline page is public and sessionless, as in TechEmpower's test. */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain benchPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
