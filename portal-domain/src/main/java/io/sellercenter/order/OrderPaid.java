package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/**
 * An order was paid: it arrived PROCESSING or COMPLETED, or moved there from
 * PENDING_PAYMENT ({@code status} says which). Published once per order, in the
 * transaction that stored it, so what listeners write (a supervision task, the analytics'
 * figures) commits or rolls back with it.
 */
public record OrderPaid(MerchantId merchant, long orderRef, String orderId, OrderType type, OrderStatus status,
		LocalDateTime paidAt, String customerId, String customerName, String customerAccountName) {

}
