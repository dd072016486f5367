package io.sellercenter.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.sellercenter.analytics.Range.Granularity;

/**
 * The query parameters of the analytics pages and of their charts' JSON and CSV, the same
 * for all three so that a chart's download holds the numbers its page shows. Taken as
 * text and read here, so that a bad value is a clear 400 ({@link Refused}) and never a
 * binding error or a 500. Without dates, the last 30 days by day.
 */
public record ChartQuery(String from, String to, String granularity, String currency, String dimension) {

	/** The days of the default range, today included. */
	static final int DEFAULT_DAYS = 30;

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	static ChartQuery none() {
		return new ChartQuery(null, null, null, null, null);
	}

	/** The range asked for, or the last 30 days of the merchant's {@code today}. */
	Range range(LocalDate today) {
		LocalDate start = day(this.from, today.minusDays(DEFAULT_DAYS - 1));
		LocalDate end = day(this.to, today);
		if (start.isAfter(end)) {
			throw new Refused("analytics.error.reversed");
		}
		if (end.toEpochDay() - start.toEpochDay() >= Range.MAX_DAYS) {
			throw new Refused("analytics.error.tooLong", Range.MAX_DAYS);
		}
		return new Range(start, end, granularityOrDay());
	}

	Granularity granularityOrDay() {
		if (blank(this.granularity)) {
			return Granularity.DAY;
		}
		try {
			return Granularity.valueOf(this.granularity.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("analytics.error.granularity");
		}
	}

	Dimension dimensionOrNone() {
		if (blank(this.dimension)) {
			return Dimension.NONE;
		}
		try {
			return Dimension.valueOf(this.dimension.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("analytics.error.dimension");
		}
	}

	/** The currency asked for (three capitals), or null for the merchant's main one. */
	String currencyOrNull() {
		if (blank(this.currency)) {
			return null;
		}
		if (!CURRENCY.matcher(this.currency).matches()) {
			throw new Refused("analytics.error.currency");
		}
		return this.currency;
	}

	/** The parameters as a link carries them: those given, in a fixed order. */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "from", this.from);
		put(parameters, "to", this.to);
		put(parameters, "granularity", this.granularity);
		put(parameters, "currency", this.currency);
		put(parameters, "dimension", this.dimension);
		return parameters;
	}

	ChartQuery withDimension(String shown) {
		return new ChartQuery(this.from, this.to, this.granularity, this.currency, shown);
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (!blank(value)) {
			parameters.put(name, value);
		}
	}

	private static LocalDate day(String text, LocalDate otherwise) {
		if (blank(text)) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new Refused("analytics.error.date");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A query the charts cannot answer: the message says why, the answer is a 400. */
	static final class Refused extends RuntimeException {

		private final transient Object[] arguments;

		Refused(String messageKey, Object... arguments) {
			super(messageKey);
			this.arguments = arguments;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
