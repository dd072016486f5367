/**
 * The audit log pages: the main account reads its merchant's entries, operators read all,
 * with each entry's merchant. Every entry is shown in words ({@code AuditRows},
 * {@code AuditWords}): its action, what it is about with a link to its page, the fields
 * that changed side by side.
 */
package io.sellercenter.audit;
