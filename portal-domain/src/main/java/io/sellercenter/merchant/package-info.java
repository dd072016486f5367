/**
 * Merchants: the tenants of the portal. A merchant is created just-in-time at the first
 * sign-in of its main account and owns every row that carries its {@code merchant_id}.
 */
package io.sellercenter.merchant;
