package io.sellercenter.asset;

/** The verdict of the rules on a registered image. */
public enum AssetStatus {

	/** It passed every rule: image products can be built on it. */
	ACCEPTED,

	/** It failed a rule; the asset keeps the reason. */
	REFUSED

}
