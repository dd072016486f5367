package io.sellercenter.product;

import java.time.LocalDateTime;

/** A listed product as lists show it; its listing is {@link #content()} once loaded. */
public record Product(long id, long merchantId, ProductType type, ProductStatus status, boolean publicVisible,
		String nameZh, String nameEn, String category, LocalDateTime listedAt, LocalDateTime updatedAt) {

	/** On sale but not shown in the storefront's lists (still buyable by URL). */
	public boolean hidden() {
		return this.status == ProductStatus.ON_SALE && !this.publicVisible;
	}

}
