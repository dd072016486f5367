package io.sellercenter.usage;

import java.time.LocalDate;
import java.util.Map;

import io.sellercenter.web.DateRange;
import io.sellercenter.web.QueryStrings;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ledger's filters as they stand in the URL, so that a filtered ledger can be
 * bookmarked and shared, and exported as it is. Dates are whole UTC days of receipt;
 * {@code to} includes its day. A value that does not parse is no filter.
 */
record UsageQuery(String state, String code, String instance, Long product, String sn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	UsageFilter toFilter() {
		return new UsageFilter(this.state, this.code, this.instance, this.product, this.sn, range().start(),
				range().end());
	}

	/** The days of receipt asked for (a reversed range is told under its fields). */
	DateRange range() {
		return new DateRange(this.from, this.to);
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
		return QueryStrings.filters("state", this.state, "code", this.code, "instance", this.instance, "product",
				this.product, "sn", this.sn, "from", this.from, "to", this.to);
	}

}
