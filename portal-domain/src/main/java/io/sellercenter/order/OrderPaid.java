package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/**
 * An order was paid: it arrived PROCESSING, or moved there. Published in the transaction
 * that stored it, so what listeners write (a supervision task) commits or rolls back with
 * it.
 */
public record OrderPaid(MerchantId merchant, long orderRef, String orderId, OrderType type, LocalDateTime paidAt,
		String customerId, String customerName, String customerAccountName) {

}
