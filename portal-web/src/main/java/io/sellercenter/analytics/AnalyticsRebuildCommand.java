package io.sellercenter.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar portal-web.jar --portal.analytics.rebuild=true}: rebuilds every
 * merchant's roll-ups from the source tables and exits (docs/operations: after a merchant
 * changes its time zone, or to check the incremental figures).
 */
@Component
@ConditionalOnProperty(name = "portal.analytics.rebuild", havingValue = "true")
class AnalyticsRebuildCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsRebuildCommand.class);

	private final AnalyticsRebuild rebuild;

	private final ConfigurableApplicationContext context;

	AnalyticsRebuildCommand(AnalyticsRebuild rebuild, ConfigurableApplicationContext context) {
		this.rebuild = rebuild;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		int merchants = this.rebuild.rebuildAll();
		log.info("Analytics rebuilt for {} merchants in {} ms", merchants, (System.nanoTime() - started) / 1_000_000);
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
