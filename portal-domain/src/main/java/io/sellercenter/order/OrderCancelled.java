package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/**
 * An order was cancelled (by the platform, or by the portal when a supervised delivery
 * ended unaccepted); {@code wasPaid}: it had been paid (it was PROCESSING). Published in
 * the transaction that stored it.
 */
public record OrderCancelled(MerchantId merchant, long orderRef, String orderId, LocalDateTime at, boolean wasPaid) {

}
