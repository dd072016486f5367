/**
 * The audit log pages: the main account reads its merchant's entries, operators read all.
 */
package io.sellercenter.audit;
