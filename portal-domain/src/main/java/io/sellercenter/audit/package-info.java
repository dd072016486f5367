/**
 * The audit log: who changed what, in which merchant, with the values before and after.
 * Every feature writes to it in the transaction of the change; the main account reads its
 * merchant's entries and operators read all.
 */
package io.sellercenter.audit;
