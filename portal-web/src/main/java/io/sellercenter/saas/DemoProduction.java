package io.sellercenter.saas;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local run's production interface for Acme Cloud: the demo merchant server of the
 * development identity provider ({@code portal.saas.demo-address}, V2) with the key it
 * knows ({@code acme-saas-key}), so interface debugging works at once. Created here
 * because the secret must be sealed with the server key; only with demo data, which
 * production refuses. An address Acme changed is left as it is.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoProduction implements ApplicationRunner {

	static final String ACCESS_KEY = "acme-saas-key";

	static final String SECRET = "acme-saas-demo-secret";

	private final ProductionSetup setup;

	private final MerchantService merchants;

	private final String address;

	DemoProduction(ProductionSetup setup, MerchantService merchants,
			@Value("${portal.saas.demo-address:http://localhost:9000}") String address) {
		this.setup = setup;
		this.merchants = merchants;
		this.address = address;
	}

	@Override
	public void run(ApplicationArguments args) throws ProductionSetup.Refused {
		var acme = this.merchants.findByDomainId("acme").orElse(null);
		if (acme == null || this.setup.address(acme.merchantId()).isPresent()) {
			return;
		}
		Actor actor = Actor.system("demo-data", acme.merchantId());
		this.setup.saveAddress(actor, this.address, Contract.V2);
		this.setup.bind(actor, InterfaceType.BASIC, ACCESS_KEY, SECRET);
	}

}
