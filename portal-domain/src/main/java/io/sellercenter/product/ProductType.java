package io.sellercenter.product;

/**
 * The kinds of product (SPEC §4). A SaaS product runs on the merchant's own servers: the
 * marketplace provisions each purchase by calling the merchant's production interface
 * (SPEC §12), so its listing must have passed the interface's debug cases
 * ({@link InterfaceReadiness}).
 */
public enum ProductType {

	IMAGE, CONSULTING, DATA_FILE, SAAS;

	/** Consulting services are sold on the merchant's own site: no specs, no prices. */
	public boolean hasSpecs() {
		return this != CONSULTING;
	}

}
