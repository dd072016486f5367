package io.sellercenter.product;

public enum ProductType {

	IMAGE, CONSULTING, DATA_FILE,

	/** Provisioned by the marketplace calling the merchant's production interface. */
	SAAS;

	/** Consulting services are sold on the merchant's own site: no specs, no prices. */
	public boolean hasSpecs() {
		return this != CONSULTING;
	}

}
