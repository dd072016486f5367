package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices per CPU-core count of an image spec, kept as one text "2:10.00, 4:18.00" (a
 * spec's {@code corePrices}, as stored and reviewed). The form edits it as rows and the
 * pages show it in words; this class is the one place that knows the text. Parsing for a
 * submission refuses anything else rather than guessing.
 */
public final class CorePrices {

	/** A core count or a price as a row of the form may hold it: digits, a point. */
	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");

	private CorePrices() {
	}

	/** One row: a core count and its price, as typed (either may be missing). */
	public record Entry(String cores, String price) {

		public Entry {
			cores = strip(cores);
			price = strip(price);
		}

		public boolean blank() {
			return this.cores.isEmpty() && this.price.isEmpty();
		}

		/** Whether each side is empty or a plain number, as the form's rows take them. */
		public boolean numeric() {
			return number(this.cores) && number(this.price);
		}

		private static String strip(String value) {
			return (value != null) ? value.strip() : "";
		}

	}

	/** Core count to price, in the order written; null when the text is not valid. */
	public static Map<Integer, BigDecimal> parse(String text) {
		if (text == null) {
			return null;
		}
		Map<Integer, BigDecimal> prices = new LinkedHashMap<>();
		for (String pair : text.split(",")) {
			String[] parts = pair.trim().split(":");
			if (parts.length != 2) {
				return null;
			}
			try {
				int cores = Integer.parseInt(parts[0].trim());
				BigDecimal price = new BigDecimal(parts[1].trim());
				if (cores <= 0 || cores > 512 || price.signum() <= 0 || price.scale() > 2
						|| prices.put(cores, price) != null) {
					return null;
				}
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return prices.isEmpty() ? null : prices;
	}

	/**
	 * The text of these rows, blank rows left out; null when none is left. A row missing
	 * its count or its price is written as such ("2:"), so a draft keeps it and a
	 * submission is refused with {@code product.corePrices}.
	 */
	public static String write(List<Entry> entries) {
		List<String> pairs = new ArrayList<>();
		for (Entry entry : entries) {
			if (!entry.blank()) {
				pairs.add(entry.cores() + ":" + entry.price());
			}
		}
		return pairs.isEmpty() ? null : String.join(", ", pairs);
	}

	/**
	 * The rows a text states, when it is rows of numbers (either side may be missing) as
	 * {@link #write} writes them; empty when the text was written otherwise (by hand,
	 * before the form had rows), so that a page shows it as it is rather than cut into
	 * rows that would change it.
	 */
	public static Optional<List<Entry>> entries(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(List.of());
		}
		List<Entry> entries = new ArrayList<>();
		for (String pair : text.split(",", -1)) {
			String[] parts = pair.split(":", -1);
			if (parts.length != 2) {
				return Optional.empty();
			}
			Entry entry = new Entry(parts[0], parts[1]);
			if (entry.blank() || !entry.numeric()) {
				return Optional.empty();
			}
			entries.add(entry);
		}
		return Optional.of(List.copyOf(entries));
	}

	private static boolean number(String value) {
		return value.isEmpty() || NUMBER.matcher(value).matches();
	}

}
