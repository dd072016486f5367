package io.sellercenter.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sellercenter.analytics.TrafficFigures;
import io.sellercenter.order.Violation;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /traffic}: one day's page views and visitors of a merchant's products, as
 * the platform counted them. The bounds of each field are checked as declared; what spans
 * fields (visitors within page views, each product once) by {@link #needs}.
 */
record TrafficBody(@Sent.Required @Sent.Id JsonNode merchant, @Sent.Required @Sent.Day JsonNode day,
		@Sent.Required @Sent.Items(min = 1,
				max = TrafficBody.MAX_PRODUCTS) List<@NotNull(message = "must be an object") @Valid Product> products) {

	/** Products one call may carry: a day of a large merchant's catalogue. */
	static final int MAX_PRODUCTS = 1000;

	/** Beyond any real count, and far within a BIGINT. */
	static final long MAX_COUNT = 1_000_000_000_000L;

	record Product(@Sent.Required @Sent.WholeNumber JsonNode productId,
			@Sent.Required @Sent.Count(max = MAX_COUNT) JsonNode pageViews,
			@Sent.Required @Sent.Count(max = MAX_COUNT) JsonNode visitors) {

		TrafficFigures toFigures() {
			return new TrafficFigures(Sent.number(this.productId), Sent.number(this.pageViews),
					Sent.number(this.visitors));
		}

	}

	/**
	 * What spans fields, as violations: a visitor views the page at least once, and a
	 * product appears once (two figures of one product on one day cannot both be right).
	 * Only items whose fields are well-formed are looked at.
	 */
	void needs(List<Violation> violations) {
		if (this.products == null || this.products.size() > MAX_PRODUCTS) {
			return;
		}
		Map<Long, Integer> seen = new HashMap<>();
		for (int i = 0; i < this.products.size(); i++) {
			Product product = this.products.get(i);
			if (product == null) {
				continue;
			}
			Long views = count(product.pageViews());
			Long visitors = count(product.visitors());
			if (views != null && visitors != null && visitors > views) {
				violations.add(new Violation("products[" + i + "].visitors", "must be at most page_views"));
			}
			Long id = Sent.number(product.productId());
			if (id != null && id >= 1) {
				Integer first = seen.putIfAbsent(id, i);
				if (first != null) {
					violations.add(new Violation("products[" + i + "].product_id",
							"repeats products[" + first + "].product_id"));
				}
			}
		}
	}

	List<TrafficFigures> toFigures() {
		return this.products.stream().map(Product::toFigures).toList();
	}

	private static Long count(JsonNode node) {
		Long number = Sent.number(node);
		return (number != null && number >= 0 && number <= MAX_COUNT) ? number : null;
	}

}
