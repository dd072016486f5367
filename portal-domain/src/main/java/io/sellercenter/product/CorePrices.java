package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prices per CPU-core count of an image spec, written "2:10.00, 4:18.00". Parsing refuses
 * anything else rather than guessing.
 */
final class CorePrices {

	private CorePrices() {
	}

	/** Core count to price, in the order written; null when the text is not valid. */
	static Map<Integer, BigDecimal> parse(String text) {
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

}
