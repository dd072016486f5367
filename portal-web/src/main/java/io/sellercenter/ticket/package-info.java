/**
 * Customer tickets' pages. So far: the main account's service hours page, where the
 * working time that first-response targets are counted in is set.
 */
package io.sellercenter.ticket;
