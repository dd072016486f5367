package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spec's one-line summary, as the review stores it, reads back into its parts: the
 * review page puts those into words.
 */
class ProductFieldsTests {

	@Test
	void flatPriceReadsBack() {
		ProductFields.SpecLine line = read(new SpecDraft(null, "月度", "Monthly", ChargingMode.MONTHLY,
				new BigDecimal("999.00"), null, null, "CNY", true));
		assertThat(line.names()).isEqualTo("月度 / Monthly");
		assertThat(line.chargingMode()).isEqualTo(ChargingMode.MONTHLY);
		assertThat(line.price()).isEqualByComparingTo("999");
		assertThat(line.usePrice()).isNull();
		assertThat(line.currency()).isEqualTo("CNY");
		assertThat(line.onSale()).isTrue();
		assertThat(line.corePriceMap()).isEmpty();
	}

	@Test
	void corePricesReadBackInTheirOrder() {
		ProductFields.SpecLine line = read(new SpecDraft(1L, "标准版", "Standard", ChargingMode.YEARLY, null, null,
				"2:600.00, 4:1100.00", "USD", false));
		assertThat(line.price()).isNull();
		assertThat(line.corePriceMap()).containsExactly(Map.entry(2, new BigDecimal("600.00")),
				Map.entry(4, new BigDecimal("1100.00")));
		assertThat(line.currency()).isEqualTo("USD");
		assertThat(line.onSale()).isFalse();
	}

	@Test
	void periodAndUsePricesReadBack() {
		ProductFields.SpecLine line = read(new SpecDraft(null, "套餐", "Bundle", ChargingMode.MONTHLY,
				new BigDecimal("10"), new BigDecimal("0.25"), null, "CNY", true));
		assertThat(line.price()).isEqualByComparingTo("10");
		assertThat(line.usePrice()).isEqualByComparingTo("0.25");
	}

	@Test
	void namesMayHoldTheSeparators() {
		ProductFields.SpecLine line = read(new SpecDraft(null, "A · B / C", "x · y", ChargingMode.PER_USE,
				new BigDecimal("1.5"), null, null, "CNY", true));
		assertThat(line.names()).isEqualTo("A · B / C / x · y");
		assertThat(line.chargingMode()).isEqualTo(ChargingMode.PER_USE);
	}

	@Test
	void otherTextIsNoSpec() {
		assertThat(ProductFields.readSpec("Standard, 60 CNY a month")).isEmpty();
		assertThat(ProductFields.readSpec("a · NOT_A_MODE 5 CNY · on sale")).isEmpty();
		assertThat(ProductFields.readSpec(null)).isEmpty();
	}

	private static ProductFields.SpecLine read(SpecDraft spec) {
		return ProductFields.readSpec(ProductFields.summary(spec)).orElseThrow();
	}

}
