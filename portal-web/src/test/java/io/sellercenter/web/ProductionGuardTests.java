package io.sellercenter.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProductionGuardTests {

	@Test
	void prodWithDemoMigrationsRefusesToStart() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.flyway.locations",
				"classpath:db/migration,classpath:db/demo");
		env.setActiveProfiles("prod");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).afterPropertiesSet())
			.withMessageContaining("Demo data");
	}

	@Test
	void prodWithDemoFlagRefusesToStart() {
		MockEnvironment env = new MockEnvironment().withProperty("portal.demo-data", "true");
		env.setActiveProfiles("prod");

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(env).afterPropertiesSet());
	}

	@Test
	void prodWithoutDemoDataStarts() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.flyway.locations", "classpath:db/migration");
		env.setActiveProfiles("prod");

		assertThatCode(() -> new ProductionGuard(env).afterPropertiesSet()).doesNotThrowAnyException();
	}

	@Test
	void localWithDemoDataStarts() {
		MockEnvironment env = new MockEnvironment().withProperty("portal.demo-data", "true");
		env.setActiveProfiles("local");

		assertThatCode(() -> new ProductionGuard(env).afterPropertiesSet()).doesNotThrowAnyException();
	}

}
