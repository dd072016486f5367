package io.sellercenter.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.session.*}. The idle timeout is Spring Boot's
 * {@code spring.session.timeout}.
 *
 * @param absoluteTimeout the longest a session lives from sign-in, however busy it is
 * kept: what it knows of its user (menus, merchant) is never older than this, and the
 * links that let disabling a user or a provider logout find it live at least as long
 */
@ConfigurationProperties("portal.session")
record PortalSessionProperties(@DefaultValue("12h") Duration absoluteTimeout) {

	PortalSessionProperties {
		if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
			throw new IllegalArgumentException(
					"portal.session.absolute-timeout must be positive, not " + absoluteTimeout);
		}
	}

}
