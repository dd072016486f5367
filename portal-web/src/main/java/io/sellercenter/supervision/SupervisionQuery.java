package io.sellercenter.supervision;

import java.util.Map;

import io.sellercenter.supervision.TaskFilter.View;
import io.sellercenter.web.QueryStrings;

/**
 * The supervision list's view and filters as they stand in the URL. A value that does not
 * parse is no filter; no view is "pending on me", the list a handler opens every day.
 */
record SupervisionQuery(View view, Step step, Long product, String order, String customer, Boolean overdue,
		Boolean appeal) {

	View shownView() {
		return (this.view != null) ? this.view : View.PENDING;
	}

	TaskFilter toFilter() {
		return new TaskFilter(shownView(), this.step, this.product, blankless(this.order), blankless(this.customer),
				Boolean.TRUE.equals(this.overdue), Boolean.TRUE.equals(this.appeal));
	}

	/** The filters that are set, without the view, for the tabs' links. */
	Map<String, String> filters() {
		return QueryStrings.filters("step", this.step, "product", this.product, "order", blankless(this.order),
				"customer", blankless(this.customer), "overdue", Boolean.TRUE.equals(this.overdue) ? "true" : null,
				"appeal", Boolean.TRUE.equals(this.appeal) ? "true" : null);
	}

	/** The link of a view with the same filters. */
	String viewLink(View other) {
		String filters = QueryStrings.of(filters());
		return "/supervision?view=" + other.name() + (filters.isEmpty() ? "" : "&" + filters);
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
