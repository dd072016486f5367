package io.sellercenter.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.PortalApplication;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.Infrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("attack")
class ProductionGuardTests {

	@Test
	void prodWithDemoMigrationsRefusesToStart() {
		MockEnvironment env = prod().withProperty("spring.flyway.locations",
				"classpath:db/migration,classpath:db/demo");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("Demo data");
	}

	@Test
	void prodWithDemoFlagRefusesToStart() {
		MockEnvironment env = prod().withProperty("portal.demo-data", "true");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("Demo data");
	}

	@Test
	void prodWithProductionSettingsStarts() {
		assertThatCode(() -> new ProductionGuard(prod()).check()).doesNotThrowAnyException();
	}

	@Test
	void localWithDevelopmentDefaultsStarts() {
		MockEnvironment env = developmentDefaults().withProperty("portal.demo-data", "true");
		env.setActiveProfiles("local");

		assertThatCode(() -> new ProductionGuard(env).check()).doesNotThrowAnyException();
	}

	@Test
	void prodWithLoopbackCallsToMerchantsRefusesNamingTheVariable() {
		MockEnvironment env = prod().withProperty("portal.saas.allow-loopback", "true");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("set PORTAL_SAAS_ALLOW_LOOPBACK to false");
	}

	@Test
	void prodWithDevelopmentClientSecretRefusesNamingTheVariable() {
		MockEnvironment env = prod()
			.withProperty("spring.security.oauth2.client.registration.marketplace.client-secret", "portal-secret");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("set PORTAL_OIDC_CLIENT_SECRET");
	}

	@Test
	void prodWithDevelopmentDatabasePasswordRefusesNamingTheVariable() {
		MockEnvironment env = prod().withProperty("spring.datasource.password", "portal");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("set SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void prodWithLocalKeyEncryptionKeyRefusesNamingTheVariable() {
		MockEnvironment env = prod().withProperty("portal.usage.key-encryption-key",
				ProductionGuard.DEVELOPMENT_KEY_ENCRYPTION_KEY);

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("set PORTAL_KEY_ENCRYPTION_KEY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://keycloak:8180/realms/marketplace", "http://10.0.0.5:9000",
			"http://idp.example.com", "http://127.0.0.1.nip.io:9000", "keycloak:8180", "ftp://idp.example.com" })
	void prodWithPlainHttpIssuerOnAnotherHostRefusesNamingTheVariable(String issuer) {
		MockEnvironment env = prod()
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri", issuer)
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("set it to the provider's https issuer")
			.withMessageContaining("PORTAL_OIDC_ISSUER_URI");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9000", "http://localhost:9000/realms/x", "http://[::1]:9000",
			"https://idp.example.com/realms/marketplace" })
	void prodWithHttpsOrLoopbackIssuerStarts(String issuer) {
		MockEnvironment env = prod()
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri", issuer)
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);

		assertThatCode(() -> new ProductionGuard(env).check()).doesNotThrowAnyException();
	}

	@Test
	void prodWithPlainHttpIssuerStartsWhenExplicitlyAllowed() {
		String issuer = "http://keycloak:8180/realms/marketplace";
		MockEnvironment env = prod()
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri", issuer)
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer)
			.withProperty("portal.oidc.allow-http-issuer", "true");

		assertThatCode(() -> new ProductionGuard(env).check()).doesNotThrowAnyException();
	}

	@Test
	void prodWithBenchProfileRefusesNamingTheVariable() {
		MockEnvironment env = prod();
		env.setActiveProfiles("prod", "bench");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("remove bench from SPRING_PROFILES_ACTIVE");
	}

	@Test
	void prodWithSeveralDevelopmentSettingsListsEachRefusal() {
		MockEnvironment env = developmentDefaults()
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://idp.example.com")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://idp.example.com");
		env.setActiveProfiles("prod", "bench");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).check())
			.withMessageContaining("PORTAL_OIDC_CLIENT_SECRET")
			.withMessageContaining("SPRING_DATASOURCE_PASSWORD")
			.withMessageContaining("PORTAL_KEY_ENCRYPTION_KEY")
			.withMessageContaining("PORTAL_OIDC_ISSUER_URI")
			.withMessageContaining("SPRING_PROFILES_ACTIVE");
	}

	/**
	 * The real portal under prod with application.yml's defaults: refused before it has
	 * touched the database or the provider, which here answer nowhere (a late guard would
	 * fail on them instead, or migrate first).
	 */
	@Test
	void portalUnderProdWithDefaultsRefusesBeforeMakingAnyBean() {
		int closed = Infrastructure.freePort();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", "jdbc:mysql://127.0.0.1:" + closed + "/nowhere");
		properties.put("spring.data.redis.port", closed);
		properties.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://idp.invalid:" + closed);
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://idp.invalid:" + closed);
		properties.put("portal.usage.key-encryption-key", "dGVzdC1vbmx5LWtleS1vZi0zMi1ieXRlcy1sb25nISE=");

		assertThatThrownBy(() -> Apps.start(PortalApplication.class, properties, "prod").close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("set PORTAL_OIDC_CLIENT_SECRET")
			.hasMessageContaining("set SPRING_DATASOURCE_PASSWORD")
			.hasMessageContaining("PORTAL_OIDC_ISSUER_URI (http://idp.invalid:" + closed + ")");
	}

	/** application.yml's values, as a developer's machine runs with them. */
	private static MockEnvironment developmentDefaults() {
		return new MockEnvironment().withProperty("spring.flyway.locations", "classpath:db/migration")
			.withProperty("spring.datasource.password", "portal")
			.withProperty("spring.security.oauth2.client.registration.marketplace.client-secret", "portal-secret")
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://127.0.0.1:9000")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:9000")
			.withProperty("portal.usage.key-encryption-key", ProductionGuard.DEVELOPMENT_KEY_ENCRYPTION_KEY);
	}

	/** A production deployment's settings; each test spoils one. */
	private static MockEnvironment prod() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.flyway.locations", "classpath:db/migration")
			.withProperty("spring.datasource.password", "a-real-database-password")
			.withProperty("spring.security.oauth2.client.registration.marketplace.client-secret", "a-real-secret")
			.withProperty("spring.security.oauth2.client.provider.marketplace.issuer-uri",
					"https://account.marketplace.example/realms/marketplace")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
					"https://account.marketplace.example/realms/marketplace")
			.withProperty("portal.usage.key-encryption-key", "cmVhbC1rZXktb2YtdGhpcy1kZXBsb3ltZW50LTMyYiE=");
		env.setActiveProfiles("prod");
		return env;
	}

}
