/**
 * SaaS products' production interface (应用工具): the merchant's production address and keys,
 * the signed calls the portal makes to it for the marketplace (V2 and the legacy V1
 * contract), provisioning of paid order lines, debug cases and dial tests, and the failed
 * calls as interface messages. Every call leaves through one client that never reaches
 * the portal's own network.
 */
package io.sellercenter.saas;
