package io.sellercenter.shared;

/**
 * The menus a permission group may grant a sub-user. A menu alone shows nothing of a
 * product: product data also needs a grant of that product (see the product feature).
 */
public enum Menu {

	PRODUCTS, ORDERS, USAGE, TICKETS, SUPERVISION, ANALYTICS, MERCHANT_INFO,

	/** 应用工具: SaaS products' interface debugging, debug cases and interface messages. */
	APP_TOOLS

}
