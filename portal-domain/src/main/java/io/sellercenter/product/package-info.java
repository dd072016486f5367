/**
 * Products (商品管理): listed products of the three types (image, consulting service, data
 * file) with their specs, the applications that create or change them (drafts, review,
 * field comments), delisting, and grants of products to sub-users.
 * {@link io.sellercenter.product.ProductAccess} is the one place that decides which
 * products a user may see or change; every feature that shows data of a product (orders,
 * tickets, usage, supervision, analytics) asks it.
 */
package io.sellercenter.product;
