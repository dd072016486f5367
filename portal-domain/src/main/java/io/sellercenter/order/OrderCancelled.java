package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/** The platform cancelled an order; published in the transaction that stored it. */
public record OrderCancelled(MerchantId merchant, long orderRef, String orderId, LocalDateTime at) {

}
