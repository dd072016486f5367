package io.sellercenter.order;

import java.time.LocalDate;
import java.util.Map;

import io.sellercenter.web.DateRange;
import io.sellercenter.web.QueryStrings;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The order list's filters as they stand in the URL, so that a filtered list can be
 * bookmarked and shared, and exported as it is. Dates are whole UTC days; {@code to}
 * includes its day. A value that does not parse is no filter.
 */
record OrderQuery(String orderId, String customer, String account, String product,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, OrderStatus status, OrderType type,
		OrderChargingMode mode, String sort) {

	static final String OLDEST_FIRST = "created";

	OrderFilter toFilter() {
		return new OrderFilter(this.orderId, this.customer, this.account, this.product, range().start(), range().end(),
				this.status, this.type, this.mode, oldestFirst());
	}

	/** The days of creation asked for (a reversed range is told under its fields). */
	public DateRange range() {
		return new DateRange(this.from, this.to);
	}

	public boolean oldestFirst() {
		return OLDEST_FIRST.equals(this.sort);
	}

	/**
	 * The filters as a query string (no page), for links, the export and its history,
	 * encoded so that every value comes back as typed ({@link QueryStrings}).
	 */
	String queryString() {
		return QueryStrings.of(params());
	}

	/**
	 * The filters that are set, by name, as the export form carries them in hidden
	 * fields.
	 */
	Map<String, String> params() {
		return QueryStrings.filters("orderId", this.orderId, "customer", this.customer, "account", this.account,
				"product", this.product, "from", this.from, "to", this.to, "status", this.status, "type", this.type,
				"mode", this.mode, "sort", oldestFirst() ? OLDEST_FIRST : null);
	}

	/** The same filters sorted the other way, for the sortable column. */
	String toggledSort() {
		OrderQuery other = new OrderQuery(this.orderId, this.customer, this.account, this.product, this.from, this.to,
				this.status, this.type, this.mode, oldestFirst() ? null : OLDEST_FIRST);
		return other.queryString();
	}

}
