/**
 * Only under the {@code bench} profile: the baseline page of the benchmark in
 * {@code bench/} (a Fortunes-shaped page, as TechEmpower's Fortunes test: one query of a
 * 12-row table, one row added, sorted, rendered by the portal's template engine, no
 * sign-in). Nothing of it exists in a normal run.
 */
package io.sellercenter.bench;
