/**
 * Streaming exports and their history (导出历史), shared by the features that export a list
 * to CSV (orders, usage records): a feature gives its query and a sink, and this package
 * runs the query on a connection pool of its own (apart from the pages' pool), within a
 * per-instance and a per-merchant limit on running exports, stops the query when the
 * reader goes away, and records who exported what, how many rows, how long and how it
 * ended, with a heartbeat while it runs so that an export no portal runs any more is
 * marked failed. It depends on no feature.
 */
package io.sellercenter.export;
