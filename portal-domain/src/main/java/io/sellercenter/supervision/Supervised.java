package io.sellercenter.supervision;

import io.sellercenter.product.ProductType;
import io.sellercenter.product.ProductView;

/** Whether a product's delivery is supervised, and its listing's deadlines. */
record Supervised(boolean supervised, int confirmDays, int deliveryDays) {

	static Supervised of(ProductView product) {
		var content = product.content();
		return new Supervised(product.product().type() == ProductType.DATA_FILE, 2,
				(content.deliveryDays() != null) ? content.deliveryDays() : 5);
	}

}
