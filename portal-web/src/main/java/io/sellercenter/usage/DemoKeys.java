package io.sellercenter.usage;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local run's demo key for Acme Cloud ({@code acme-demo-key} /
 * {@code acme-demo-secret}), so the push API can be tried at once. Created here rather
 * than in SQL because its secret must be encrypted with the server key; only with demo
 * data, which production refuses.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoKeys implements ApplicationRunner {

	static final String KEY_ID = "acme-demo-key";

	static final String SECRET = "acme-demo-secret";

	private final KeyService keys;

	private final MerchantService merchants;

	DemoKeys(KeyService keys, MerchantService merchants) {
		this.keys = keys;
		this.merchants = merchants;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.merchants.findByDomainId("acme").ifPresent((acme) -> {
			if (!this.keys.forPush(KEY_ID).known()) {
				this.keys.create(acme.merchantId(), "Demo key", KEY_ID, SECRET,
						Actor.system("demo-data", acme.merchantId()));
			}
		});
	}

}
