package io.sellercenter.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import io.sellercenter.idp.sandbox.SandboxConfig;

/**
 * The provider's own pages: sign-in, home with "Sign out", error; and the customer
 * sandbox, open to anyone like the rest of this development tool (its forms keep CSRF).
 */
class WebSecurityConfig {

	@Bean
	@Order(2)
	SecurityFilterChain pagesSecurityFilterChain(HttpSecurity http, BackChannelLogoutNotifier backChannelLogout) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/login", "/assets/**", "/error", "/favicon.ico", SandboxConfig.PATHS)
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(
				(form) -> form.loginPage("/login").authenticationDetailsSource(AccountAuthenticationDetails::new));
		// Logout tokens go out before the session is invalidated: the logout handlers we
		// add run ahead of Spring Security's own.
		http.logout((logout) -> logout.addLogoutHandler(backChannelLogout).logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/**
	 * Spring Authorization Server records the provider sessions (for {@code sid}) here.
	 * As a bean it hears about destroyed sessions and forgets them.
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
