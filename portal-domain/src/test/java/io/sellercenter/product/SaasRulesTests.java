package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.sellercenter.product.InterfaceReadiness.Check;
import io.sellercenter.product.InterfaceReadiness.Status;
import io.sellercenter.shared.MerchantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SaaS product's own rules (issue 17), and its interface's checks when no saas feature
 * answers them, without a database.
 */
class SaasRulesTests {

	@Test
	void aSaasProductNeedsAVersionAndAUserGuideAndTakesSpecsOfEveryChargingMode() {
		List<SpecDraft> specs = List.of(spec(ChargingMode.ONE_TIME), spec(ChargingMode.MONTHLY),
				spec(ChargingMode.YEARLY), spec(ChargingMode.PER_USE));

		assertThat(ProductRules.check(ProductType.SAAS, saas("2026.12", 2L, specs), List.of())).isEmpty();
		assertThat(ProductRules.check(ProductType.SAAS, saas(null, null, specs), List.of())).containsExactly(
				new FieldError("version", "product.required"), new FieldError("userGuide", "product.required"));
		assertThat(ProductFields.of(ProductType.SAAS, saas("2026.12", 2L, specs))).containsEntry("type", "SAAS")
			.containsEntry("userGuide", "2")
			.doesNotContainKey("asset")
			.doesNotContainKey("supervised");
	}

	@Test
	void perCorePricesAreForImagesOnly() {
		SpecDraft cores = new SpecDraft(null, "标准", "Standard", ChargingMode.MONTHLY, null, null, "2:10.00", "CNY",
				true);

		assertThat(ProductRules.check(ProductType.SAAS, saas("1.0", 2L, List.of(cores)), List.of()))
			.containsExactly(new FieldError("spec.1", "product.coresImageOnly"));
	}

	@Test
	void withoutTheSaasFeatureEveryCaseTheSpecsNeedIsMissing() {
		SaasReadiness readiness = new SaasReadiness(
				new StaticListableBeanFactory().getBeanProvider(InterfaceReadiness.class));
		List<SpecDraft> specs = List.of(spec(ChargingMode.PER_USE), spec(ChargingMode.YEARLY),
				new SpecDraft(null, "旧", "Old", ChargingMode.ONE_TIME, BigDecimal.ONE, null, null, "CNY", false));

		List<Check> checks = readiness.checks(new MerchantId(1), 12, specs);

		// Specs off sale need nothing; PERIOD before ON_DEMAND, as the spec modes go.
		assertThat(checks).extracting((c) -> c.chargingMode() + " " + c.activity())
			.containsExactly("PERIOD newInstance", "PERIOD queryInstance", "PERIOD releaseInstance",
					"PERIOD refreshInstance", "PERIOD updateInstanceStatus", "ON_DEMAND newInstance",
					"ON_DEMAND queryInstance", "ON_DEMAND releaseInstance");
		assertThat(checks).allMatch((c) -> c.status() == Status.MISSING && c.lastRunAt() == null);
		assertThat(InterfaceReadiness.ready(checks)).isFalse();
	}

	@Test
	void aNewProductsChecksGoByItsApplicationIdNegated() {
		assertThat(SaasReadiness.subject(application(12, null))).isEqualTo(-12);
		assertThat(SaasReadiness.subject(application(12, 1701L))).isEqualTo(1701);
		assertThat(SaasReadiness.modes(List.of(spec(ChargingMode.MONTHLY), spec(ChargingMode.MONTHLY))))
			.isEqualTo(Set.of(ChargingMode.MONTHLY));
	}

	private static ProductApplication application(long id, Long productId) {
		return new ProductApplication(id, 1, productId, ProductType.SAAS, ProductApplication.Kind.CREATE,
				ApplicationStatus.DRAFT, ProductContent.empty(), null, null, 1, null, null, null);
	}

	private static SpecDraft spec(ChargingMode mode) {
		return new SpecDraft(null, "规格", "Spec", mode, new BigDecimal("9.90"), null, null, "CNY", true);
	}

	private static ProductContent saas(String version, Long userGuide, List<SpecDraft> specs) {
		return new ProductContent("云端客户管理", "CRM Cloud", "s", "d", null, null, 1L, "SOFTWARE_DEV", version,
				List.of("CN"), true, "+86 10 1234 5678", "help@t.example", "9-18", "Asia/Shanghai", null, userGuide,
				null, null, null, false, null, false, null, null, null, false, null, specs);
	}

}
