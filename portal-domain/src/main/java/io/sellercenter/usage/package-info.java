/**
 * Usage records (话单): integration keys that merchants sign pushes with, the intake of
 * pushed records (stored before the answer, validated later in the background), and their
 * ledger with its export.
 * <p>
 * Where the SQL is: the statements that move a thousand records at a time on the hot
 * paths are plain JDBC in {@link io.sellercenter.usage.BatchSql}, each one statement per
 * batch: the intake's multi-row INSERT of a push and its inbox entries, and the
 * validator's claim of a batch, its look-ups (instances, rejected records, accepted
 * metering_sn and time windows) and its verdicts. MyBatis built a {@code <foreach>}
 * statement anew on every call and bound and mapped every value by reflection, which was
 * most of a push's CPU and two thirds of the validator's; the profiles are in
 * docs/benchmarks.md, "Usage records". Every other statement stays in the mapper XML
 * beside its interface ({@code UsageMapper}, {@code ValidationMapper},
 * {@code LedgerMapper}, {@code KeyMapper}, {@code AlarmMapper}): keys, the push's request
 * row, the billing of accepted records, the ledger, its export and the home page's
 * alarms, statements of a fixed shape that nothing builds or binds per record.
 */
package io.sellercenter.usage;
