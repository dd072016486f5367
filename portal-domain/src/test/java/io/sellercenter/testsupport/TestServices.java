package io.sellercenter.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the real services: a database created fresh once
 * per test JVM (so every run starts from the migrations) and Redis, with a key namespace
 * of its own so tests never touch the sessions of a portal running on the same Redis.
 */
public final class TestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * A database of this JVM's own, dropped when it exits, so test runs that overlap on
	 * one server (two modules, two checkouts, a developer and CI) never drop each other's
	 * tables.
	 */
	public static final String DATABASE = "seller_center_test_" + ProcessHandle.current().pid();

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testServices", properties()));
	}

	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			Infrastructure.Database db = Infrastructure.database(DATABASE, true, null);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> Infrastructure.dropDatabase(DATABASE)));
			Infrastructure.Redis redis = Infrastructure.redis(0);
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("spring.datasource.url", db.url());
			map.put("spring.datasource.username", db.username());
			map.put("spring.datasource.password", db.password());
			map.put("spring.data.redis.host", redis.host());
			map.put("spring.data.redis.port", redis.port());
			// Tests run the usage validator themselves, so nothing judges records behind
			// their back.
			map.put("portal.usage.jobs-enabled", false);
			// Tests call merchant interfaces they start on loopback, and run the SaaS
			// dial tests themselves.
			map.put("portal.saas.allow-loopback", true);
			map.put("portal.saas.jobs-enabled", false);
			map.put("portal.usage.key-encryption-key", "dGVzdC1vbmx5LWtleS1vZi0zMi1ieXRlcy1sb25nISE=");
			map.put("portal.redis-namespace", "portal-test-" + UUID.randomUUID().toString().substring(0, 8));
			properties = Map.copyOf(map);
		}
		return properties;
	}

}
