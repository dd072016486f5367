package io.sellercenter.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prices per CPU-core count in words, in the reader's language: "2 核 60.00 / 4 核 110.00
 * CNY", "2 cores 60.00 / 4 cores 110.00 CNY", wherever a spec's per-core prices are shown
 * (product page, read-only application, the operator's review). Templates ask
 * {@code @corePrices.show(spec.corePrices, spec.currency)}. A text that does not read as
 * per-core prices (a draft's) is shown as it is.
 */
@Component("corePrices")
public class CorePriceText {

	private final MessageSource messages;

	CorePriceText(MessageSource messages) {
		this.messages = messages;
	}

	/** The prices in words with the currency; null when there are none. */
	public String show(String corePrices, String currency) {
		if (corePrices == null || corePrices.isBlank()) {
			return null;
		}
		String suffix = (currency != null && !currency.isBlank()) ? " " + currency : "";
		Map<Integer, BigDecimal> prices = CorePrices.parse(corePrices);
		if (prices == null) {
			return corePrices + suffix;
		}
		return show(prices, currency, LocaleContextHolder.getLocale());
	}

	/**
	 * Prices already read, in a given language (the operator's review writes them so).
	 */
	public String show(Map<Integer, BigDecimal> prices, String currency, Locale locale) {
		String suffix = (currency != null && !currency.isBlank()) ? " " + currency : "";
		List<String> parts = prices.entrySet()
			.stream()
			.map((e) -> this.messages.getMessage("spec.coresPrice",
					new Object[] { e.getKey(), e.getValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString() },
					locale))
			.toList();
		return String.join(" / ", parts) + suffix;
	}

}
