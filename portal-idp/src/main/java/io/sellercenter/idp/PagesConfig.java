package io.sellercenter.idp;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Routes of the provider's pages, and their language. */
class PagesConfig {

	@Bean
	RouterFunction<ServerResponse> idpPages(IdpProperties properties) {
		Pages pages = new Pages(properties.users());
		return RouterFunctions.route().GET("/login", pages::login).GET("/", pages::home).build();
	}

	/**
	 * Chinese unless the browser asks for English: the account center this stands in for
	 * serves Chinese first.
	 */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

}
