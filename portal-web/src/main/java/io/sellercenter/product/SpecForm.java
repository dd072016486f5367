package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One spec row of the publish form; an empty row is ignored. On sale is a check box,
 * which a browser leaves out when unticked: a Boolean, so that taking a spec off sale is
 * not a 400. Prices per core count are rows of their own ({@code cores}), kept as the
 * spec's one text ({@link CorePrices}); {@code corePrices} is that text as it was written
 * before the form had rows, shown as it is when it does not read as rows.
 */
record SpecForm(Long id, String nameZh, String nameEn, ChargingMode chargingMode, String price, String usePrice,
		String corePrices, List<CoreForm> cores, String currency, Boolean onSale) {

	/** The longest number taken as typed; longer is not a price of the portal's. */
	private static final int MAX_NUMBER_LENGTH = 30;

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** A core count and its price, one row of a spec's per-core prices. */
	record CoreForm(String cores, String price) {

		boolean blank() {
			return new CorePrices.Entry(this.cores, this.price).blank();
		}

	}

	static SpecForm empty() {
		return new SpecForm(null, null, null, ChargingMode.MONTHLY, null, null, null, List.of(), "CNY", true);
	}

	static SpecForm of(SpecDraft s) {
		var rows = CorePrices.entries(s.corePrices());
		List<CoreForm> cores = rows.map((r) -> r.stream().map((e) -> new CoreForm(e.cores(), e.price())).toList())
			.orElse(List.of());
		return new SpecForm(s.id(), s.nameZh(), s.nameEn(), s.chargingMode(), plain(s.price()), plain(s.usePrice()),
				rows.isPresent() ? null : s.corePrices(), cores, s.currency(), s.onSale());
	}

	public boolean blank() {
		return this.id == null && isBlank(this.nameZh) && isBlank(this.nameEn) && isBlank(this.price)
				&& isBlank(this.usePrice) && isBlank(this.corePrices) && coreRows().isEmpty();
	}

	SpecForm withoutBlankCores() {
		return new SpecForm(this.id, this.nameZh, this.nameEn, this.chargingMode, this.price, this.usePrice,
				this.corePrices, coreRows(), this.currency, this.onSale);
	}

	/**
	 * The per-core prices as the spec keeps them: the rows when there are any, else the
	 * text written before.
	 */
	public String coreText() {
		List<CoreForm> rows = coreRows();
		if (rows.isEmpty()) {
			return trim(this.corePrices);
		}
		return CorePrices.write(rows.stream().map((r) -> new CorePrices.Entry(r.cores(), r.price())).toList());
	}

	/**
	 * The spec as a draft keeps it; a price or a core row that is not a number is added
	 * to {@code errors} under {@code field}, and left out.
	 */
	SpecDraft toDraft(String field, ProductType type, List<FieldError> errors) {
		BigDecimal flat = decimal(this.price);
		BigDecimal perUse = decimal(this.usePrice);
		if ((flat == null && !isBlank(this.price)) || (perUse == null && !isBlank(this.usePrice))) {
			errors.add(new FieldError(field, "product.priceNumber"));
		}
		String text = null;
		if (type == ProductType.IMAGE) {
			if (coreRows().stream().anyMatch((r) -> !new CorePrices.Entry(r.cores(), r.price()).numeric())) {
				errors.add(new FieldError(field, "product.coreNumber"));
			}
			else {
				text = coreText();
			}
		}
		return new SpecDraft(this.id, trim(this.nameZh), trim(this.nameEn), this.chargingMode, flat,
				(type == ProductType.DATA_FILE) ? perUse : null, text, this.currency, Boolean.TRUE.equals(this.onSale));
	}

	/** A whole number as typed, or null. */
	static Integer whole(String value) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(text);
	}

	private List<CoreForm> coreRows() {
		return (this.cores != null) ? this.cores.stream().filter(Objects::nonNull).filter((r) -> !r.blank()).toList()
				: List.of();
	}

	/**
	 * A price as people write it (digits, a point, perhaps a minus that the rules then
	 * refuse), or null: no exponents, so that a draft never holds a number whose plain
	 * form is a billion digits long.
	 */
	private static BigDecimal decimal(String value) {
		if (isBlank(value)) {
			return null;
		}
		String text = value.strip();
		return (text.length() <= MAX_NUMBER_LENGTH && DECIMAL.matcher(text).matches()) ? new BigDecimal(text) : null;
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		// A draft saved before prices were read as text may hold an exponent.
		return (Math.abs(value.scale()) <= MAX_NUMBER_LENGTH) ? value.toPlainString() : value.toString();
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
