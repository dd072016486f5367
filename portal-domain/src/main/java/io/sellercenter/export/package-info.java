/**
 * Streaming exports and their history (导出历史), shared by the features that export a list
 * to CSV (orders, usage records): a feature gives its cursor and a sink, and this package
 * reads the cursor inside a read-only transaction, stops the query when the reader goes
 * away, and records who exported what, how many rows, how long and how it ended. It
 * depends on no feature.
 */
package io.sellercenter.export;
