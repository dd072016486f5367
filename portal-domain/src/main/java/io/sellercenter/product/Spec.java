package io.sellercenter.product;

import java.math.BigDecimal;

/** A listed spec. */
public record Spec(long id, long productId, int position, String nameZh, String nameEn, ChargingMode chargingMode,
		BigDecimal price, String corePrices, String currency, boolean onSale) {

	SpecDraft toDraft() {
		return new SpecDraft(this.id, this.nameZh, this.nameEn, this.chargingMode, this.price, null, this.corePrices,
				this.currency, this.onSale);
	}

}
