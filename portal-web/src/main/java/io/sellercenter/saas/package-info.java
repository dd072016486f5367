/**
 * 应用工具 for SaaS products: the production address and keys, interface debugging and debug
 * cases, dial tests, and the interface messages of failed production calls; and the order
 * query that merchants' servers call.
 */
package io.sellercenter.saas;
