package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A change of a figure, waiting to be rolled up. {@code kind} names the roll-up; the key
 * columns it does not use are null.
 */
record Delta(Long id, long merchantId, Kind kind, LocalDate day, Long productId, String chargingMode, String orderType,
		String currency, long count, BigDecimal amount) {

	enum Kind {

		ORDER, LINE, USAGE, INSTANCE

	}

	/** The roll-up row this delta adds to. */
	Key key() {
		return new Key(this.merchantId, this.kind, this.day, this.productId, this.chargingMode, this.orderType,
				this.currency);
	}

	record Key(long merchantId, Kind kind, LocalDate day, Long productId, String chargingMode, String orderType,
			String currency) {

	}

}
