/**
 * The audit log: who changed what, in which merchant, with the values of the fields
 * before and after ({@link io.sellercenter.audit.AuditDetails}). Every feature writes to
 * it in the transaction of the change; the main account reads its merchant's entries and
 * operators read all. {@link io.sellercenter.audit.AuditSubjects} names what a page of
 * entries is about, reading the other features' tables itself, since they depend on the
 * log.
 */
package io.sellercenter.audit;
