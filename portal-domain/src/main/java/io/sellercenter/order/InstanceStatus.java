package io.sellercenter.order;

/**
 * An instance runs (NORMAL), is frozen by the platform (overdue, abuse) and unfrozen, or
 * is released for good.
 */
public enum InstanceStatus {

	NORMAL, FROZEN, RELEASED

}
