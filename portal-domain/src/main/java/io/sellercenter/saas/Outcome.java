package io.sellercenter.saas;

/** The verdict on one call: done, accepted and still being done (poll), or failed. */
public enum Outcome {

	SUCCESS, PROCESSING, FAILED

}
