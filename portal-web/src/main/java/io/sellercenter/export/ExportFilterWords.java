package io.sellercenter.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.sellercenter.web.QueryStrings;

import org.springframework.context.MessageSource;

/**
 * An export's filter (the query string its history keeps) in words, as the export history
 * shows it: "订单状态：处理中" rather than {@code status=PROCESSING}. Each exporting feature says
 * how its filters are worded (a label from the bundles, and for a choice the bundle's
 * word for the value); the from and to days become one range, formatted in the reader's
 * language. A filter no rule knows is shown as it was kept.
 */
public final class ExportFilterWords {

	/** One filter: what it is, and what it was set to. */
	public record Shown(String label, String value) {

	}

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, Rule> rules = new HashMap<>();

	private String daysLabel;

	private record Rule(String label, Function<String, String> words) {

	}

	public ExportFilterWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A filter shown as typed. */
	public ExportFilterWords text(String name, String labelKey) {
		return worded(name, labelKey, Function.identity());
	}

	/**
	 * A filter of a fixed set of values, each worded by the message
	 * {@code prefix + value} (a value without one, as it was kept).
	 */
	public ExportFilterWords choice(String name, String labelKey, String prefix) {
		return worded(name, labelKey, (value) -> message(prefix + value, value));
	}

	/** A filter whose value the feature words itself (a product's name for its id). */
	public ExportFilterWords worded(String name, String labelKey, Function<String, String> words) {
		this.rules.put(name, new Rule(labelKey, words));
		return this;
	}

	/** The {@code from} and {@code to} days (ISO dates), shown as one range. */
	public ExportFilterWords days(String labelKey) {
		this.daysLabel = labelKey;
		return this;
	}

	/** Each export's filter in words, by the export's id. */
	public Map<Long, List<Shown>> describe(List<ExportRecord> exports) {
		Map<Long, List<Shown>> described = new LinkedHashMap<>();
		for (ExportRecord export : exports) {
			described.put(export.id(), describe(export.filter()));
		}
		return described;
	}

	/** One filter in words, in the order it was kept. */
	public List<Shown> describe(String filter) {
		List<QueryStrings.Pair> pairs = QueryStrings.pairs(filter);
		String from = null;
		String to = null;
		if (this.daysLabel != null) {
			for (QueryStrings.Pair pair : pairs) {
				from = "from".equals(pair.name()) ? pair.value() : from;
				to = "to".equals(pair.name()) ? pair.value() : to;
			}
		}
		List<Shown> shown = new ArrayList<>();
		boolean daysShown = false;
		for (QueryStrings.Pair pair : pairs) {
			if (this.daysLabel != null && ("from".equals(pair.name()) || "to".equals(pair.name()))) {
				if (!daysShown) {
					shown.add(new Shown(message(this.daysLabel, this.daysLabel), days(from, to)));
					daysShown = true;
				}
				continue;
			}
			Rule rule = this.rules.get(pair.name());
			shown.add((rule != null) ? new Shown(message(rule.label(), pair.name()), rule.words().apply(pair.value()))
					: new Shown(pair.name(), pair.value()));
		}
		return shown;
	}

	private String days(String from, String to) {
		if (from != null && to != null) {
			return message("exports.filter.days", null, day(from), day(to));
		}
		return (from != null) ? message("exports.filter.since", null, day(from))
				: message("exports.filter.until", null, day(to));
	}

	/** An ISO day in the reader's language; a value that is not one, as kept. */
	private String day(String iso) {
		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(this.locale)
				.format(LocalDate.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private String message(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, this.locale);
	}

}
