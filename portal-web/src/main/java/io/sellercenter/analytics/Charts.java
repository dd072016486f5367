package io.sellercenter.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sellercenter.analytics.Range.Granularity;
import io.sellercenter.product.Viewer;
import io.sellercenter.web.LocalizedNames;
import io.sellercenter.web.ReaderTime;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The charts the analytics pages show, by id, read from {@link AnalyticsService} with a
 * page's query and put in the reader's words ({@link ChartView}). The pages, the JSON and
 * the CSV all come through here: a chart id not listed is a 404.
 */
@Component
class Charts {

	/** The charts of the overview (the home page shows them too). */
	static final List<String> OVERVIEW = List.of("salesByMonth", "instancesByMode", "usage");

	static final Set<String> IDS = Set.of("salesByMonth", "instancesByMode", "usage", "sales", "topProducts",
			"usageByProduct");

	/** The products the top-products chart shows. */
	static final int TOP = 10;

	/** The currency of a merchant that has not been paid yet: the marketplace's. */
	static final String DEFAULT_CURRENCY = "CNY";

	private final AnalyticsService analytics;

	private final MessageSource messages;

	private final LocalizedNames names;

	private final ReaderTime times;

	Charts(AnalyticsService analytics, MessageSource messages, LocalizedNames names, ReaderTime times) {
		this.analytics = analytics;
		this.messages = messages;
		this.names = names;
		this.times = times;
	}

	/** The chart {@code id} for the query, or null for an id that names no chart. */
	ChartView chart(String id, Viewer viewer, ChartQuery query, Locale locale) {
		if (!IDS.contains(id)) {
			return null;
		}
		LocalDate today = this.analytics.today(viewer);
		Range range = query.range(today);
		String currency = null;
		Chart chart;
		String view = id;
		switch (id) {
			case "salesByMonth" -> {
				Range year = new Range(today.withDayOfMonth(1).minusMonths(11), today, Granularity.MONTH);
				currency = currency(viewer, year, query);
				chart = this.analytics.salesByMonth(viewer, currency);
			}
			case "instancesByMode" -> chart = this.analytics.instancesByMode(viewer);
			case "usage" -> chart = this.analytics.usage(viewer, range);
			case "sales" -> {
				Dimension dimension = query.dimensionOrNone();
				currency = currency(viewer, range, query);
				chart = this.analytics.sales(id, viewer, range, dimension, currency);
				view = (dimension == Dimension.NONE) ? id : id + "-" + dimension.name();
			}
			case "topProducts" -> {
				currency = currency(viewer, range, query);
				chart = this.analytics.topProducts(viewer, range, currency, TOP);
			}
			default -> chart = this.analytics.usageByProduct(viewer, range);
		}
		return view(chart, view, currency, this.analytics.asOf(viewer), locale);
	}

	/**
	 * The currency asked for, else the one the merchant was paid most in over the range.
	 */
	String currency(Viewer viewer, Range range, ChartQuery query) {
		String asked = query.currencyOrNull();
		if (asked != null) {
			return asked;
		}
		List<String> currencies = this.analytics.currencies(viewer, range);
		return currencies.isEmpty() ? DEFAULT_CURRENCY : currencies.get(0);
	}

	private ChartView view(Chart chart, String view, String currency, LocalDateTime asOf, Locale locale) {
		List<String> labels = chart.labels()
			.stream()
			.map((l) -> (l.nameZh() != null || l.nameEn() != null) ? this.names.of(l.nameZh(), l.nameEn())
					: word(l.code(), locale))
			.toList();
		List<ChartView.SeriesView> series = chart.series()
			.stream()
			.map((s) -> new ChartView.SeriesView(s.key(),
					(s.nameZh() != null || s.nameEn() != null) ? this.names.of(s.nameZh(), s.nameEn())
							: word(s.key(), locale),
					s.money(), s.values(), ChartView.format(s.values(), s.money(), locale)))
			.toList();
		String axis = switch (chart.id()) {
			case "instancesByMode" -> "mode";
			case "topProducts" -> "product";
			default -> "period";
		};
		return new ChartView(chart.id(), view, this.messages.getMessage("analytics.axis." + axis, null, locale),
				ChartView.iso(asOf), this.times.showSeconds(asOf) + " (" + this.times.zone() + ")", currency, labels,
				series);
	}

	/**
	 * A code in the reader's words: a measure, a charging mode or an order type; a period
	 * or a code without words as it is.
	 */
	private String word(String code, Locale locale) {
		for (String prefix : new String[] { "analytics.measure.", "orders.mode.", "orders.type." }) {
			try {
				return this.messages.getMessage(prefix + code, null, locale);
			}
			catch (NoSuchMessageException ex) {
				// not of this kind
			}
		}
		return code;
	}

}
