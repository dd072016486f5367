package io.sellercenter.order;

/** The unit of a period line's period number. */
public enum PeriodType {

	MONTH, YEAR

}
