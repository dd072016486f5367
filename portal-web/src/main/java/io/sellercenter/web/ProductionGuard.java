package io.sellercenter.web;

import java.util.Arrays;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Demo data (accounts, keys, merchants) must never reach production: under the prod
 * profile the portal refuses to start when it is switched on.
 */
@Component
class ProductionGuard implements InitializingBean {

	private final Environment environment;

	ProductionGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		String locations = this.environment.getProperty("spring.flyway.locations", "");
		boolean demo = this.environment.getProperty("portal.demo-data", Boolean.class, false)
				|| Arrays.stream(locations.split(",")).anyMatch((l) -> l.trim().endsWith("db/demo"));
		if (demo) {
			throw new IllegalStateException(
					"Demo data is switched on under the prod profile; remove db/demo and portal.demo-data");
		}
	}

}
