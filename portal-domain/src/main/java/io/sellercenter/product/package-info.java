/**
 * Products (商品管理): listed products of the four types (image, consulting service, data
 * file, SaaS) with their specs, the applications that create or change them (drafts,
 * review, field comments), delisting, and grants of products to sub-users.
 * {@link io.sellercenter.product.ProductAccess} is the one place that decides which
 * products a user may see or change; every feature that shows data of a product (orders,
 * tickets, usage, supervision, analytics) asks it. A SaaS product is submitted and
 * approved only when its production interface is ready
 * ({@link io.sellercenter.product.SaasReadiness}, asking the saas feature through
 * {@link io.sellercenter.product.InterfaceReadiness}).
 */
package io.sellercenter.product;
