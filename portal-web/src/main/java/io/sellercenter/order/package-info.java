/**
 * 商品交易 > 查询和导出订单: the order list with its filters (all in the URL), an order's details,
 * the CSV export of a filter and the export history. Orders arrive through the platform
 * API (the {@code platform} feature).
 */
package io.sellercenter.order;
