package io.sellercenter;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features (the top-level packages, the same names in portal-domain and portal-web) use
 * each other only through their top-level package, and never in a cycle.
 */
class ModularityTests {

	/**
	 * The development provider and the test support share the package root but are not
	 * features.
	 */
	static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class,
			JavaClass.Predicates.resideInAnyPackage("io.sellercenter.idp..", "io.sellercenter.testsupport.."));

	@Test
	void featuresRespectTheirBoundaries() {
		modules.verify();
	}

}
