/**
 * Usage records (话单): integration keys that merchants sign pushes with, the intake of
 * pushed records (stored before the answer, validated later in the background), and their
 * ledger with its export.
 */
package io.sellercenter.usage;
