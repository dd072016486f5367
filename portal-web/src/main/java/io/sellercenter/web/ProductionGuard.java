package io.sellercenter.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under the prod profile the portal refuses to start with what only suits a developer's
 * machine: demo data, the development defaults of application.yml (the OIDC client
 * secret, the database password, the local run's key-encryption key), a plain-http
 * provider on another host, or the bench profile. Each refusal names the variable to set.
 * <p>
 * A bean factory post-processor, so it runs before any bean is made: a refused start has
 * not migrated the database or asked the provider for anything.
 */
@Component
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	/** application.yml's defaults, for a developer's machine only. */
	static final String DEVELOPMENT_CLIENT_SECRET = "portal-secret";

	static final String DEVELOPMENT_DATABASE_PASSWORD = "portal";

	/** application-local.yml's key, published with the code. */
	static final String DEVELOPMENT_KEY_ENCRYPTION_KEY = "ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=";

	private static final String CLIENT_SECRET = "spring.security.oauth2.client.registration.marketplace.client-secret";

	private static final String ISSUER = "spring.security.oauth2.client.provider.marketplace.issuer-uri";

	private static final String JWT_ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	private Environment environment;

	/**
	 * Post-processors are made before autowiring works, so the environment arrives
	 * through {@link EnvironmentAware}.
	 */
	ProductionGuard() {
	}

	ProductionGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check();
	}

	void check() {
		if (!this.environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> refusals = new ArrayList<>();
		if (demoData()) {
			refusals.add("Demo data is switched on: remove db/demo from spring.flyway.locations and set "
					+ "portal.demo-data to false (do not activate the local profile)");
		}
		if (this.environment.acceptsProfiles(Profiles.of("bench"))) {
			refusals.add("The bench profile is active (it serves benchmark pages without sign-in): "
					+ "remove bench from SPRING_PROFILES_ACTIVE");
		}
		if (Boolean.parseBoolean(this.environment.getProperty("portal.saas.allow-loopback", "false"))) {
			refusals.add("Calls to merchants' addresses may reach loopback and plain http "
					+ "(portal.saas.allow-loopback): set PORTAL_SAAS_ALLOW_LOOPBACK to false");
		}
		if (is(CLIENT_SECRET, DEVELOPMENT_CLIENT_SECRET)) {
			refusals.add("The OIDC client secret is the development default: set PORTAL_OIDC_CLIENT_SECRET to "
					+ "the secret of the portal's client at the provider");
		}
		if (is("spring.datasource.password", DEVELOPMENT_DATABASE_PASSWORD)) {
			refusals.add("The database password is the development default 'portal': "
					+ "set SPRING_DATASOURCE_PASSWORD to the password of the portal's database account");
		}
		if (is("portal.usage.key-encryption-key", DEVELOPMENT_KEY_ENCRYPTION_KEY)) {
			refusals.add("The key-encryption key is the local run's published key: set PORTAL_KEY_ENCRYPTION_KEY "
					+ "to a key of your own (openssl rand -base64 32)");
		}
		if (!this.environment.getProperty("portal.oidc.allow-http-issuer", Boolean.class, false)) {
			unsafeIssuer(this.environment.getProperty(ISSUER), "PORTAL_OIDC_ISSUER_URI").ifPresent(refusals::add);
			String jwtIssuer = this.environment.getProperty(JWT_ISSUER);
			if (!Objects.equals(jwtIssuer, this.environment.getProperty(ISSUER))) {
				unsafeIssuer(jwtIssuer, JWT_ISSUER).ifPresent(refusals::add);
			}
		}
		if (!refusals.isEmpty()) {
			throw new IllegalStateException("The portal refuses to start under the prod profile with development "
					+ "settings:\n - " + String.join("\n - ", refusals));
		}
	}

	private boolean demoData() {
		String locations = this.environment.getProperty("spring.flyway.locations", "");
		return this.environment.getProperty("portal.demo-data", Boolean.class, false)
				|| Arrays.stream(locations.split(",")).anyMatch((l) -> l.trim().endsWith("db/demo"));
	}

	private boolean is(String property, String developmentValue) {
		return developmentValue.equals(this.environment.getProperty(property));
	}

	/**
	 * Tokens, the client secret (at the token endpoint) and the provider's keys travel
	 * between the portal and the provider; over plain http anyone on the path reads or
	 * changes them. Loopback never leaves the machine, so the development provider (and a
	 * provider reached through a local proxy) may use it.
	 */
	private static Optional<String> unsafeIssuer(String issuer, String variable) {
		if (issuer == null || issuer.isBlank()) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = URI.create(issuer.trim());
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(variable + " is not a URL: set it to the provider's https issuer");
		}
		if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
			return Optional.empty();
		}
		if ("http".equalsIgnoreCase(uri.getScheme()) && loopback(uri.getHost())) {
			return Optional.empty();
		}
		return Optional.of(variable + " (" + issuer.trim() + ") is not https: set it to the provider's "
				+ "https issuer (plain http is accepted on loopback only; for a try-out on a private network, "
				+ "PORTAL_OIDC_ALLOW_HTTP_ISSUER=true)");
	}

	private static boolean loopback(String host) {
		if (host == null) {
			return false;
		}
		return host.equalsIgnoreCase("localhost") || host.equals("[::1]")
				|| host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
	}

}
