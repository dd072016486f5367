/**
 * Orders and instances (订单): what the marketplace platform pushes (orders with their
 * lines, customer and instances, status changes, freezing and releasing instances, each
 * call once by its event id), the merchant's order list and details, and the streaming
 * CSV export (through the shared mechanics and history of
 * {@code io.sellercenter.export}). A sub-user sees an order only through a grant of one
 * of its products (the product feature's {@code grantedProductIds}), and of an order only
 * those lines.
 */
package io.sellercenter.order;
