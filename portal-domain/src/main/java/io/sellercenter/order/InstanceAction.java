package io.sellercenter.order;

/** What the platform does to an instance, and from which states it may. */
public enum InstanceAction {

	FREEZE, UNFREEZE, RELEASE,

	/** The instance's period ran out: frozen, as a freeze is, and told as an expiry. */
	EXPIRE;

	public boolean allowedFrom(InstanceStatus status) {
		return switch (this) {
			case FREEZE, EXPIRE -> status == InstanceStatus.NORMAL;
			case UNFREEZE -> status == InstanceStatus.FROZEN;
			case RELEASE -> status != InstanceStatus.RELEASED;
		};
	}

	public InstanceStatus to() {
		return switch (this) {
			case FREEZE, EXPIRE -> InstanceStatus.FROZEN;
			case UNFREEZE -> InstanceStatus.NORMAL;
			case RELEASE -> InstanceStatus.RELEASED;
		};
	}

}
