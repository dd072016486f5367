package io.sellercenter.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.PortalApplication;
import io.sellercenter.analytics.AnalyticsRebuild;
import io.sellercenter.testsupport.Apps;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuild of every merchant's roll-ups, timed, for {@code bench/analytics.sh} when
 * the documented command ({@code --portal.analytics.rebuild=true}) fails: the same
 * {@link AnalyticsRebuild#rebuild(long)} per merchant, one transaction each, called
 * through the bean (so through its transaction) from a portal context with its jobs off.
 * <p>
 * {@code java ... AnalyticsRebuildTiming JDBC_URL USER PASSWORD IDP_PORT}
 */
public final class AnalyticsRebuildTiming {

	private AnalyticsRebuildTiming() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", args[0]);
		properties.put("spring.datasource.username", args[1]);
		properties.put("spring.datasource.password", args[2]);
		properties.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://127.0.0.1:" + args[3]);
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:" + args[3]);
		properties.put("portal.redis-namespace", "bench-analytics-rebuild");
		properties.put("portal.notifications.sender-enabled", false);
		for (String jobs : List.of("usage", "analytics", "exports", "tickets", "supervision")) {
			properties.put("portal." + jobs + ".jobs-enabled", false);
		}
		try (ConfigurableApplicationContext portal = Apps.start(PortalApplication.class, properties, "local",
				"bench")) {
			AnalyticsRebuild rebuild = portal.getBean(AnalyticsRebuild.class);
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			List<Map<String, Object>> merchants = jdbc.queryForList("SELECT id, domain_id FROM merchant ORDER BY id");
			long started = System.nanoTime();
			for (Map<String, Object> merchant : merchants) {
				long t0 = System.nanoTime();
				rebuild.rebuild(((Number) merchant.get("id")).longValue());
				long ms = (System.nanoTime() - t0) / 1_000_000;
				if (ms >= 1000) {
					System.out.printf("   rebuilt %s in %,d ms%n", merchant.get("domain_id"), ms);
				}
			}
			System.out.printf("   Rebuilt every merchant (%d) through the bean in %,d ms%n", merchants.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		System.exit(0);
	}

}
