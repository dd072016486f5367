package io.sellercenter.product;

import java.time.LocalDateTime;

/** Rows as the mappers read and write them; content still JSON. */
class ProductRow {

	Long id;

	long merchantId;

	ProductType type;

	ProductStatus status;

	boolean publicVisible;

	String nameZh;

	String nameEn;

	String category;

	String content;

	LocalDateTime listedAt;

	LocalDateTime updatedAt;

	Product toProduct() {
		return new Product(this.id, this.merchantId, this.type, this.status, this.publicVisible, this.nameZh,
				this.nameEn, this.category, this.listedAt, this.updatedAt);
	}

}
