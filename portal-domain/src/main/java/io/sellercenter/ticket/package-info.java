/**
 * 客户工单: customer tickets. They arrive from the platform API (each call once by its event
 * id), go to the product's primary handler or else the main account, follow the product's
 * grants when those change, and are answered within the merchant's service hours: the
 * clock stops while the ticket waits on the customer. A sub-user sees a ticket only
 * through a SERVE or MANAGE grant of its product.
 */
package io.sellercenter.ticket;
