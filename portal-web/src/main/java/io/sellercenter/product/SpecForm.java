package io.sellercenter.product;

import java.math.BigDecimal;

/**
 * One spec row of the publish form; an empty row is ignored. On sale is a check box,
 * which a browser leaves out when unticked: a Boolean, so that taking a spec off sale is
 * not a 400.
 */
record SpecForm(Long id, String nameZh, String nameEn, ChargingMode chargingMode, BigDecimal price, BigDecimal usePrice,
		String corePrices, String currency, Boolean onSale) {

	static SpecForm empty() {
		return new SpecForm(null, null, null, ChargingMode.MONTHLY, null, null, null, "CNY", true);
	}

	static SpecForm of(SpecDraft s) {
		return new SpecForm(s.id(), s.nameZh(), s.nameEn(), s.chargingMode(), s.price(), s.usePrice(), s.corePrices(),
				s.currency(), s.onSale());
	}

	SpecDraft toDraft() {
		return new SpecDraft(this.id, trim(this.nameZh), trim(this.nameEn), this.chargingMode, this.price,
				this.usePrice, trim(this.corePrices), this.currency, Boolean.TRUE.equals(this.onSale));
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
