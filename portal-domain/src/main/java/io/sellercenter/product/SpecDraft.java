package io.sellercenter.product;

import java.math.BigDecimal;

/**
 * A spec as an application states it. {@code id} is the listed spec's id for a change,
 * null for a new spec. A spec is priced one way: a flat price with its charging mode, or
 * (image products) prices per CPU-core count in {@code corePrices} ("2:10.00, 4:18.00").
 * {@code usePrice} is a per-use price stated next to a periodic one: a data-file spec may
 * not have both.
 */
public record SpecDraft(Long id, String nameZh, String nameEn, ChargingMode chargingMode, BigDecimal price,
		BigDecimal usePrice, String corePrices, String currency, boolean onSale) {

	public boolean blank() {
		return isBlank(this.nameZh) && isBlank(this.nameEn) && this.price == null && this.usePrice == null
				&& isBlank(this.corePrices) && this.id == null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
