package io.sellercenter.idp;

import java.util.Map;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.servlet.ApplicationServletEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

import io.sellercenter.idp.merchant.DemoMerchantConfig;
import io.sellercenter.idp.sandbox.SandboxConfig;

/**
 * A small OpenID Connect provider standing in for the marketplace account center in
 * development and tests.
 * <p>
 * Deliberately <em>not</em> {@code @SpringBootApplication}, and no class of this module
 * carries {@code @Configuration}, {@code @Component} or {@code @Controller}: the portal's
 * tests have this jar on their classpath and the portal's application class lives in
 * {@code io.sellercenter}. A stereotype here would be picked up by the portal's component
 * scan, and a second {@code @SpringBootConfiguration} below {@code io.sellercenter} would
 * make {@code @SpringBootTest} fail with "Found multiple @SpringBootConfiguration". So
 * every piece is imported explicitly below.
 */
@EnableAutoConfiguration(excludeName = {
		// The provider shares a classpath with the portal but needs none of its
		// infrastructure. Names of classes that are absent are ignored by Boot.
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
		"org.mybatis.spring.boot.autoconfigure.MybatisLanguageDriverAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
		"org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
		"org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@EnableConfigurationProperties(IdpProperties.class)
@Import({ AuthorizationServerConfig.class, UserConfig.class, WebSecurityConfig.class, BackChannelLogoutConfig.class,
		PagesConfig.class, SandboxConfig.class, DemoMerchantConfig.class })
public class IdpApplication {

	/** The provider reads {@code idp.yml}, never the portal's {@code application.yml}. */
	public static final String CONFIG_NAME = "idp";

	public static void main(String[] args) {
		start(Map.of(), args);
	}

	/**
	 * Starts the provider with {@code spring.config.name=idp}.
	 * @param properties overrides for {@code idp.yml}, e.g. {@code server.port} and
	 * {@code idp.issuer}, {@code idp.clients.portal.redirect-uri}
	 * @param args command line arguments
	 * @return the running context; close it to stop the provider
	 */
	public static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
		// Default properties would rank below idp.yml, so the overrides go into a
		// property
		// source of their own in front of everything except the command line.
		ApplicationServletEnvironment environment = new ApplicationServletEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("idpOverrides", Map.copyOf(properties)));
		return new SpringApplicationBuilder(IdpApplication.class).environment(environment)
			.properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
