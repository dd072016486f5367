package io.sellercenter.testsupport;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.servlet.ApplicationServletEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the portal outside the Spring test framework (the local run, tests that need a
 * portal of their own). The given properties win over application.yml:
 * SpringApplicationBuilder.properties would only be defaults, which application.yml
 * overrides without a word.
 */
public final class Apps {

	private Apps() {
	}

	public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> properties,
			String... profiles) {
		ApplicationServletEnvironment environment = new ApplicationServletEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("overrides", Map.copyOf(properties)));
		return new SpringApplicationBuilder(application).environment(environment).profiles(profiles).run();
	}

}
