package io.sellercenter.order;

import java.util.Set;

/**
 * Where an order stands. The platform moves it forward only: paid orders are processed,
 * processing ends completed, and an order can be cancelled until it is completed.
 */
public enum OrderStatus {

	PENDING_PAYMENT, PROCESSING, CANCELLED, COMPLETED;

	public boolean canMoveTo(OrderStatus next) {
		return switch (this) {
			case PENDING_PAYMENT -> Set.of(PROCESSING, COMPLETED, CANCELLED).contains(next);
			case PROCESSING -> Set.of(COMPLETED, CANCELLED).contains(next);
			case CANCELLED, COMPLETED -> false;
		};
	}

}
