package io.sellercenter.order;

/** What the platform does to an instance, and from which states it may. */
public enum InstanceAction {

	FREEZE, UNFREEZE, RELEASE;

	public boolean allowedFrom(InstanceStatus status) {
		return switch (this) {
			case FREEZE -> status == InstanceStatus.NORMAL;
			case UNFREEZE -> status == InstanceStatus.FROZEN;
			case RELEASE -> status != InstanceStatus.RELEASED;
		};
	}

	public InstanceStatus to() {
		return switch (this) {
			case FREEZE -> InstanceStatus.FROZEN;
			case UNFREEZE -> InstanceStatus.NORMAL;
			case RELEASE -> InstanceStatus.RELEASED;
		};
	}

}
