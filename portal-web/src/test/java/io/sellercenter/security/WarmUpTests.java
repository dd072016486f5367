package io.sellercenter.security;

import java.util.Map;
import java.util.UUID;

import io.sellercenter.PortalApplication;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.PortalTestServices;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new portal serves its busiest pages to itself before it is ready: every one answers
 * 200 to the warm-up's own session, which is gone afterwards.
 */
class WarmUpTests {

	@Test
	void servesItsPagesBeforeReadyAndLeavesNoSession() {
		String namespace = "portal-warm-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> properties = PortalTestServices.ownPortal(namespace);
		properties.put("portal.warm-up.enabled", true);
		properties.put("portal.warm-up.duration", "2s");
		// As under HTTPS: the cookie it sends itself is __Host-SESSION.
		properties.put("portal.secure-cookies", true);
		try (ConfigurableApplicationContext portal = Apps.start(PortalApplication.class, properties)) {
			WarmUp warmUp = portal.getBean(WarmUp.class);

			assertThat(warmUp.failed()).as("pages of the warm-up not answered 200").isZero();
			assertThat(warmUp.served()).as("pages served").isGreaterThanOrEqualTo(10);
			assertThat(portal.getBean(StringRedisTemplate.class).keys(namespace + ":session:sessions:*"))
				.as("the warm-up's session is deleted")
				.isEmpty();
		}
	}

}
