package io.sellercenter.idp.merchant;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The demo merchant server's routes and its security. Public only so that
 * {@code IdpApplication} can import it; like every class of this module it carries no
 * stereotype.
 */
@EnableConfigurationProperties(DemoMerchantProperties.class)
public class DemoMerchantConfig {

	/**
	 * The marketplace calls the merchant without a session or a CSRF token, signed
	 * instead; ahead of the provider's pages, which would send it to sign in.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain demoMerchantSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher(MerchantInterface::matches)
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * Ahead of the provider's own routes, where {@code GET /} is the signed-in home page.
	 * The sandbox page is under {@code /sandbox/**}, which the provider's security lets
	 * through with CSRF kept.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> demoMerchantRoutes(DemoMerchantProperties properties) {
		MerchantKeys keys = new MerchantKeys();
		properties.keys().forEach((key) -> keys.register(key.accessKey(), key.secret()));
		ReceivedCalls calls = new ReceivedCalls();
		MerchantInterface merchant = new MerchantInterface(keys, new Activities(new Instances()), calls,
				Clock.systemUTC(), properties.slowDelay());
		DemoMerchantPage page = new DemoMerchantPage(keys, calls, ZoneId.systemDefault(), properties.slowDelay());
		return RouterFunctions.route()
			.route((request) -> MerchantInterface.isV2(request.servletRequest()), merchant::v2)
			.route((request) -> MerchantInterface.isV1(request.servletRequest()), merchant::v1)
			.GET("/sandbox/demo-merchant", page::show)
			.POST("/sandbox/demo-merchant/keys", page::register)
			.POST("/sandbox/demo-merchant/mode", page::mode)
			.build();
	}

}
