package io.sellercenter.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.sellercenter.DomainConfiguration;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A MyBatis slice on the real database, migrated and with the demo data, as the portal
 * runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestServices.class)
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/demo")
@Import(DomainConfiguration.class)
public @interface MapperTest {

}
