/**
 * Analytics (数据分析): the figures of the overview and business analysis pages, kept current
 * by incremental roll-ups (deltas written with each change, applied by a worker within
 * seconds), never by scanning orders or usage per page view.
 */
package io.sellercenter.analytics;
