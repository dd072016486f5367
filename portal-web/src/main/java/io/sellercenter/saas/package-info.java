/**
 * SaaS products' production interface on the web (应用工具): the order-query API that
 * merchants' servers call, signed with an integration key like the usage push, answering
 * the merchant's own orders and the marketplace's mock orders.
 */
package io.sellercenter.saas;
