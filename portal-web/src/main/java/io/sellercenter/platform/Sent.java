package io.sellercenter.platform;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.sellercenter.shared.TextRules;
import tools.jackson.databind.JsonNode;

/**
 * The rules of the platform API's values, as Bean Validation constraints on a call's
 * fields as they were sent (JSON nodes). The fields stay JSON rather than Java types so
 * that a value of the wrong kind ({@code "product_id": "7"}, {@code "status": 0}) is that
 * field's own message, like any other broken rule, rather than a failure of the whole
 * body; and so that what the API takes is exactly what it says (an id is a JSON string,
 * not a number Jackson would turn into one). Each rule reads its value with the same
 * method the call uses to take it, so what passes is what is taken. A missing or null
 * value passes every other rule: {@link Required} says whether it may be left out (a JSON
 * null is a node of its own, which {@code @NotNull} would take for a value).
 */
final class Sent {

	/** Platform ids: letters, digits and a few separators. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}+");

	/** Days: four-digit years only, so no sign or longer year slips through. */
	private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/** Amounts: at most 14 digits before the point and 2 after. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

	private Sent() {
	}

	/** Whether a text is a platform id (of an event, order, line or instance). */
	static boolean isId(String text) {
		return TextRules.matches(ID, text, 64);
	}

	/** A string, as sent. */
	static String string(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/** A non-empty text without its surrounding white space. */
	static String text(JsonNode node) {
		String text = string(node);
		return (text != null) ? text.strip() : null;
	}

	/** A non-empty text of lines (a message), without surrounding white space. */
	static String longText(JsonNode node) {
		String text = text(node);
		return (text == null || text.isEmpty()) ? null : text;
	}

	/**
	 * The bytes of a base64 string (standard alphabet, padded), or null when it is none.
	 */
	static byte[] base64(JsonNode node) {
		String text = string(node);
		if (text == null) {
			return null;
		}
		try {
			return java.util.Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> E choice(JsonNode node, Class<E> type) {
		String name = string(node);
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	/** An ISO-8601 time with its offset ({@code 2026-01-31T08:00:00Z}), as UTC. */
	static LocalDateTime time(JsonNode node) {
		String text = string(node);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A non-negative amount with at most two decimals, as a JSON number or string; null
	 * when it is none.
	 */
	static BigDecimal amount(JsonNode node) {
		if (node == null) {
			return null;
		}
		BigDecimal value = null;
		try {
			value = node.isNumber() ? node.decimalValue() : node.isString() ? new BigDecimal(node.stringValue()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
				|| value.compareTo(MAX_AMOUNT) > 0) {
			return null;
		}
		return value.setScale(2);
	}

	/** A whole number that fits a long, as a JSON number; null when it is none. */
	static Long number(JsonNode node) {
		return (node != null && node.isIntegralNumber() && node.canConvertToLong()) ? node.longValue() : null;
	}

	/** A calendar day as {@code YYYY-MM-DD}; null when it is none. */
	static LocalDate day(JsonNode node) {
		String text = string(node);
		if (text == null || !DAY.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Present and not null. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = RequiredRule.class)
	@interface Required {

		String message() default "is required";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A string of 1 to 64 letters, digits, '.', '_', ':' or '-'. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = IdRule.class)
	@interface Id {

		String message() default "must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A name as people write it: not blank, at most {@code max} characters. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = TextRule.class)
	@interface Text {

		int max();

		String message() default "must be a non-empty string";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * A message: lines of text, not blank, at most {@code max} characters; line breaks
	 * and tabs are its own, other control characters are refused.
	 */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = LongTextRule.class)
	@interface LongText {

		int max();

		String message() default "must be a non-empty string";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A file's bytes in base64, at most {@code maxBytes} once decoded. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Base64Rule.class)
	@interface Base64 {

		int maxBytes();

		String message() default "must be a non-empty base64 string";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** The name of one of the enum's constants, as a string. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = OneOfRule.class)
	@interface OneOf {

		Class<? extends Enum<?>> value();

		String message() default "must be one of the values listed";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = TimeRule.class)
	@interface Time {

		String message() default "must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = AmountRule.class)
	@interface Amount {

		String message() default "must be an amount of at least 0 with at most two decimals";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = CurrencyRule.class)
	@interface Currency {

		String message() default "must be an ISO 4217 code such as CNY";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A whole number from 1 to {@code max}, as a JSON number. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = WholeNumberRule.class)
	@interface WholeNumber {

		long max() default Long.MAX_VALUE;

		String message() default "must be a whole number of at least 1";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A whole number from 0 to {@code max}, as a JSON number: a count. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = CountRule.class)
	@interface Count {

		long max();

		String message() default "must be a whole number of at least 0";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A calendar day, {@code YYYY-MM-DD}. */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = DayRule.class)
	@interface Day {

		String message() default "must be a date as YYYY-MM-DD";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * A JSON array of {@code min} to {@code max} items. A list that breaks it is not
	 * looked into, and neither is a value that is not an array at all, which gets this
	 * message too ({@link CallReader}).
	 */
	@Documented
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ItemsRule.class)
	@interface Items {

		int min();

		int max();

		String message() default "must be an array of the number of items given";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static String itemsMessage(Items items) {
		return "must be an array of " + items.min() + " to " + items.max() + " items";
	}

	/**
	 * A rule on a value as sent: the message of what is wrong with it, or null. Absent
	 * and null values pass.
	 */
	abstract static class Rule<A extends Annotation, T> implements ConstraintValidator<A, T> {

		A rule;

		@Override
		public void initialize(A rule) {
			this.rule = rule;
		}

		@Override
		public boolean isValid(T value, ConstraintValidatorContext context) {
			if (value == null || (value instanceof JsonNode node && node.isNull())) {
				return true;
			}
			String problem = problem(value);
			if (problem == null) {
				return true;
			}
			// The messages are fixed texts with numbers and enum names in them, nothing
			// the
			// caller sent, so they are safe as message templates.
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}

		abstract String problem(T value);

	}

	public static final class RequiredRule implements ConstraintValidator<Required, Object> {

		@Override
		public boolean isValid(Object value, ConstraintValidatorContext context) {
			return value != null && !(value instanceof JsonNode node && node.isNull());
		}

	}

	public static final class IdRule extends Rule<Id, JsonNode> {

		@Override
		String problem(JsonNode value) {
			return isId(string(value)) ? null : this.rule.message();
		}

	}

	public static final class TextRule extends Rule<Text, JsonNode> {

		@Override
		String problem(JsonNode value) {
			String text = text(value);
			if (text == null || text.isEmpty()) {
				return this.rule.message();
			}
			if (text.length() > this.rule.max()) {
				return "must be at most " + this.rule.max() + " characters";
			}
			if (text.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
				return "must not contain control characters";
			}
			return null;
		}

	}

	public static final class LongTextRule extends Rule<LongText, JsonNode> {

		@Override
		String problem(JsonNode value) {
			String text = longText(value);
			if (text == null) {
				return this.rule.message();
			}
			if (text.length() > this.rule.max()) {
				return "must be at most " + this.rule.max() + " characters";
			}
			if (text.chars().anyMatch((c) -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)) {
				return "must not contain control characters other than line breaks and tabs";
			}
			return null;
		}

	}

	public static final class Base64Rule extends Rule<Base64, JsonNode> {

		@Override
		String problem(JsonNode value) {
			String text = string(value);
			// Checked before decoding, so an oversized value costs nothing to refuse.
			if (text != null && text.length() > (this.rule.maxBytes() + 2) / 3 * 4) {
				return "must be at most " + this.rule.maxBytes() + " bytes once decoded";
			}
			byte[] bytes = base64(value);
			if (bytes == null || bytes.length == 0) {
				return this.rule.message();
			}
			// The length above lets through up to two bytes more than the bound (padding
			// rounds it up to whole groups of three), so the decoded size is checked too.
			return (bytes.length > this.rule.maxBytes())
					? "must be at most " + this.rule.maxBytes() + " bytes once decoded" : null;
		}

	}

	public static final class OneOfRule extends Rule<OneOf, JsonNode> {

		@Override
		String problem(JsonNode value) {
			Enum<?>[] values = this.rule.value().getEnumConstants();
			String name = string(value);
			return Arrays.stream(values).anyMatch((v) -> v.name().equals(name)) ? null
					: "must be one of " + Arrays.toString(values);
		}

	}

	public static final class TimeRule extends Rule<Time, JsonNode> {

		@Override
		String problem(JsonNode value) {
			return (time(value) != null) ? null : this.rule.message();
		}

	}

	public static final class AmountRule extends Rule<Amount, JsonNode> {

		@Override
		String problem(JsonNode value) {
			return (amount(value) != null) ? null : this.rule.message();
		}

	}

	public static final class CurrencyRule extends Rule<Currency, JsonNode> {

		@Override
		String problem(JsonNode value) {
			String code = string(value);
			return (code != null && CURRENCY.matcher(code).matches()) ? null : this.rule.message();
		}

	}

	public static final class WholeNumberRule extends Rule<WholeNumber, JsonNode> {

		@Override
		String problem(JsonNode value) {
			Long number = number(value);
			if (number == null || number < 1) {
				return this.rule.message();
			}
			return (number <= this.rule.max()) ? null : "must be at most " + this.rule.max();
		}

	}

	public static final class CountRule extends Rule<Count, JsonNode> {

		@Override
		String problem(JsonNode value) {
			Long number = number(value);
			if (number == null || number < 0) {
				return this.rule.message();
			}
			return (number <= this.rule.max()) ? null : "must be at most " + this.rule.max();
		}

	}

	public static final class DayRule extends Rule<Day, JsonNode> {

		@Override
		String problem(JsonNode value) {
			return (day(value) != null) ? null : this.rule.message();
		}

	}

	public static final class ItemsRule extends Rule<Items, List<?>> {

		@Override
		String problem(List<?> value) {
			return (value.size() >= this.rule.min() && value.size() <= this.rule.max()) ? null
					: itemsMessage(this.rule);
		}

	}

}
