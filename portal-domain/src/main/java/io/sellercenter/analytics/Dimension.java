package io.sellercenter.analytics;

/**
 * What a sales chart compares: nothing (the total), products, charging modes or order
 * types.
 */
public enum Dimension {

	NONE, PRODUCT, CHARGING_MODE, ORDER_TYPE

}
