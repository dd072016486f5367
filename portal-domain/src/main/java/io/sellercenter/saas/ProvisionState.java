package io.sellercenter.saas;

/** Where a piece of production work stands. */
public enum ProvisionState {

	/** To be called (again) at its next time. */
	PENDING,
	/** The merchant answered "processing": polled with queryInstance. */
	POLLING,
	/** The merchant did it. */
	DONE,
	/** Its retries ran out; the merchant was told. A person may call again. */
	FAILED;

	public boolean open() {
		return this == PENDING || this == POLLING;
	}

}
