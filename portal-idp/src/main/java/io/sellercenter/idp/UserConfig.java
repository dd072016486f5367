package io.sellercenter.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The demo users and how they sign in. */
class UserConfig {

	@Bean
	static DevelopmentOnlyGuard developmentOnlyGuard() {
		return new DevelopmentOnlyGuard();
	}

	/**
	 * The only authentication provider for users. The user store is not a bean of its
	 * own: with both, Spring Security warns that the UserDetailsService goes unused.
	 */
	@Bean
	AccountAuthenticationProvider accountAuthenticationProvider(IdpProperties properties) {
		AccountAuthenticationProvider provider = new AccountAuthenticationProvider(
				new IdpUserStore(properties.users()));
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return provider;
	}

}
