package io.sellercenter.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** All of the domain's services on the real database (migrated, with the demo data). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestServices.class)
@TestPropertySource(properties = { "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
		"spring.main.web-application-type=none" })
public @interface DomainTest {

}
