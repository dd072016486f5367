package io.sellercenter.idp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the provider as {@link IdpApplication#start} does: config name {@code idp}. The
 * issuer is left blank so that it follows the random port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = IdpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + IdpApplication.CONFIG_NAME, "idp.issuer=" })
@interface IdpSpringBootTest {

}
