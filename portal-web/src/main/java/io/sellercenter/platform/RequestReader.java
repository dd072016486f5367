package io.sellercenter.platform;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.Violation;
import io.sellercenter.shared.TextRules;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a platform call's JSON body and collects a message for every field
 * that is missing or malformed, so that the caller learns of all of them at once. Field
 * names are paths as the call writes them ({@code lines[0].instances[1].instance_id}).
 */
final class RequestReader {

	/** Platform ids: letters, digits and a few separators. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}+");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/** Amounts: at most 14 digits before the point and 2 after. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

	private final List<Violation> violations = new ArrayList<>();

	/** The body itself must be an object. */
	JsonNode body(JsonNode body) {
		if (body == null || !body.isObject()) {
			this.violations.add(new Violation("", "the body must be a JSON object"));
			throwIfInvalid();
		}
		return body;
	}

	String id(JsonNode parent, String path, String name) {
		JsonNode node = present(parent, path, name, true);
		if (node == null) {
			return null;
		}
		if (!node.isString() || !isId(node.stringValue())) {
			fail(path, name, "must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'");
			return null;
		}
		return node.stringValue();
	}

	/** Whether a text is a platform id (of an event, order, line or instance). */
	static boolean isId(String text) {
		return TextRules.matches(ID, text, 64);
	}

	String text(JsonNode parent, String path, String name, int max) {
		JsonNode node = present(parent, path, name, true);
		if (node == null) {
			return null;
		}
		if (!node.isString() || node.stringValue().isBlank()) {
			fail(path, name, "must be a non-empty string");
			return null;
		}
		String value = node.stringValue().strip();
		if (value.length() > max) {
			fail(path, name, "must be at most " + max + " characters");
			return null;
		}
		if (value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			fail(path, name, "must not contain control characters");
			return null;
		}
		return value;
	}

	<E extends Enum<E>> E choice(JsonNode parent, String path, String name, Class<E> type, boolean required) {
		JsonNode node = present(parent, path, name, required);
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			for (E value : type.getEnumConstants()) {
				if (value.name().equals(node.stringValue())) {
					return value;
				}
			}
		}
		fail(path, name, "must be one of " + Arrays.toString(type.getEnumConstants()));
		return null;
	}

	/** An ISO-8601 time with its offset ({@code 2026-01-31T08:00:00Z}), as UTC. */
	LocalDateTime time(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = present(parent, path, name, required);
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			try {
				return OffsetDateTime.parse(node.stringValue()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		fail(path, name, "must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z");
		return null;
	}

	/** A non-negative amount with at most two decimals, as a JSON number or string. */
	BigDecimal amount(JsonNode parent, String path, String name) {
		JsonNode node = present(parent, path, name, true);
		if (node == null) {
			return null;
		}
		BigDecimal value = null;
		try {
			value = node.isNumber() ? node.decimalValue() : node.isString() ? new BigDecimal(node.stringValue()) : null;
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
				|| value.compareTo(MAX_AMOUNT) > 0) {
			fail(path, name, "must be an amount of at least 0 with at most two decimals");
			return null;
		}
		return value.setScale(2);
	}

	String currency(JsonNode parent, String path, String name) {
		JsonNode node = present(parent, path, name, true);
		if (node == null) {
			return null;
		}
		if (!node.isString() || !CURRENCY.matcher(node.stringValue()).matches()) {
			fail(path, name, "must be an ISO 4217 code such as CNY");
			return null;
		}
		return node.stringValue();
	}

	/** A positive whole number (ids of products and specs, period numbers). */
	Long positive(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = present(parent, path, name, required);
		if (node == null) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
			fail(path, name, "must be a whole number of at least 1");
			return null;
		}
		return node.longValue();
	}

	JsonNode object(JsonNode parent, String path, String name) {
		JsonNode node = present(parent, path, name, true);
		if (node != null && !node.isObject()) {
			fail(path, name, "must be an object");
			return null;
		}
		return node;
	}

	/** An array of at least {@code min} and at most {@code max} items. */
	List<JsonNode> array(JsonNode parent, String path, String name, int min, int max) {
		JsonNode node = present(parent, path, name, min > 0);
		if (node == null) {
			return List.of();
		}
		if (!node.isArray() || node.size() < min || node.size() > max) {
			fail(path, name, "must be an array of " + min + " to " + max + " items");
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		node.iterator().forEachRemaining(items::add);
		return items;
	}

	/** Adds a message of a rule the caller checks itself. */
	void fail(String path, String name, String message) {
		this.violations.add(new Violation(path + name, message));
	}

	void throwIfInvalid() {
		if (!this.violations.isEmpty()) {
			throw new OrderRejected(Reason.INVALID, this.violations);
		}
	}

	private JsonNode present(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull()) {
			if (required && parent != null) {
				fail(path, name, "is required");
			}
			return null;
		}
		return node;
	}

}
