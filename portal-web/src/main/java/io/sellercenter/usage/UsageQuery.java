package io.sellercenter.usage;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger's filters as they stand in the URL, so that a filtered ledger can be
 * bookmarked and shared, and exported as it is. Dates are whole UTC days of receipt;
 * {@code to} includes its day. A value that does not parse is no filter.
 */
record UsageQuery(String state, String code, String instance, Long product, String sn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	UsageFilter toFilter() {
		return new UsageFilter(this.state, this.code, this.instance, this.product, this.sn,
				(this.from != null) ? this.from.atStartOfDay() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay() : null);
	}

	/** The filters as a query string (no page), for links, the export and its history. */
	String queryString() {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		add(query, "state", this.state);
		add(query, "code", this.code);
		add(query, "instance", this.instance);
		add(query, "product", this.product);
		add(query, "sn", this.sn);
		add(query, "from", this.from);
		add(query, "to", this.to);
		String text = query.encode().build().getQuery();
		return (text != null) ? text : "";
	}

	private static void add(UriComponentsBuilder query, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			query.queryParam(name, value.toString().strip());
		}
	}

}
