package io.sellercenter.saas;

/**
 * Why the portal called a merchant's address; debug, dial and verify calls carry
 * testFlag.
 */
public enum Purpose {

	PROVISION, DEBUG, DIAL, VERIFY;

	public boolean test() {
		return this != PROVISION;
	}

}
