/**
 * 客户工单 pages: the four lists (pending on me, my tickets, handled by me, all I may see), a
 * ticket's page with its timeline and the handler's steps, and the attachments.
 */
package io.sellercenter.ticket;
