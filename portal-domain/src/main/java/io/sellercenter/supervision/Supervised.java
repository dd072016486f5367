package io.sellercenter.supervision;

import io.sellercenter.product.ProductView;

/**
 * Whether a product's delivery is supervised (every data-file product; an image product
 * whose listing says so), and its listing's deadlines in working days.
 */
record Supervised(boolean supervised, int confirmDays, int deliveryDays) {

	static Supervised of(ProductView product) {
		var content = product.content();
		return new Supervised(content.supervisedFor(product.product().type()), content.confirmDaysOrDefault(),
				content.deliveryDaysOrDefault());
	}

}
