/**
 * The web side of exports that every exporting feature shares: the page that says an
 * export was refused because as many run as may, and the jobs that keep the export
 * history true (the heartbeat of running exports, the sweep of those no portal runs any
 * more). The downloads themselves are the features' ({@code order}, {@code usage}); the
 * CSV rules are {@code web.CsvExport}'s.
 */
package io.sellercenter.export;
