package io.sellercenter.product;

public enum ProductStatus {

	ON_SALE, DELISTING_REQUESTED, DELISTED

}
