package io.sellercenter.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sellercenter.web.ReaderTime;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An entry's action, fields and values in the reader's words: labels and values from the
 * bundles, times in the reader's zone. A field's label is {@code audit.field.<name>} or,
 * for the fields of forms, {@code field.<name>}; how its value reads is {@link #FORMATS}
 * (by target kind and field, then by field), and plain text otherwise.
 */
final class AuditWords {

	/** Shown for a value that was not set. */
	static final String NONE = "\u2014";

	/** How long a long text (a description) is shown before it is cut. */
	private static final int PREVIEW = 80;

	@FunctionalInterface
	interface Format {

		String show(Object value, AuditWords words);

	}

	private static final Format FILE = (value, words) -> "N/A".equals(text(value))
			? words.message("audit.value.notApplicable") : words.message("audit.value.file", text(value));

	private static final Format YES_NO = (value, words) -> words
		.message(Boolean.parseBoolean(text(value)) ? "common.yes" : "common.no");

	private static final Format TIME = (value, words) -> words.time(text(value));

	/** Long texts: their start, the rest is on the object's page. */
	private static final Format PREVIEW_TEXT = (value, words) -> preview(text(value));

	/** Values summarised on one line for reviewers (specs): only whether one is set. */
	private static final Format SET = (value, words) -> words.message("audit.value.set");

	/** A notification turned off: its event and channel. */
	private static final Format EVENT_CHANNEL = (value, words) -> {
		String pair = text(value);
		int slash = pair.indexOf('/');
		if (slash < 0) {
			return pair;
		}
		String event = pair.substring(0, slash);
		String channel = pair.substring(slash + 1);
		return words.message("notification." + event + ".title", event) + " \u00b7 "
				+ words.message("notification.channel." + channel, channel);
	};

	/**
	 * Fields the log keeps but does not show (the product of a delisting is its target).
	 */
	static final Format HIDDEN = (value, words) -> null;

	static final Map<String, Format> FORMATS = Map.ofEntries(Map.entry("SUB_USER.status", words("user.status.")),
			Map.entry("ASSET.status", words("assets.status.")), Map.entry("REVIEW.status", words("review.status.")),
			Map.entry("REVIEW.product", HIDDEN), Map.entry("groups", list((value, words) -> text(value))),
			Map.entry("menus", list(words("menu."))), Map.entry("language", words("notification.language.")),
			Map.entry("off", list(EVENT_CHANNEL)), Map.entry("days", list(words("day."))),
			Map.entry("region", words("imageRegion.")),
			Map.entry("refusal", (value, words) -> words.message(text(value), text(value))),
			Map.entry("locked", YES_NO), Map.entry("primary", YES_NO), Map.entry("publicVisible", YES_NO),
			Map.entry("role", words("grant.role.")), Map.entry("expiresAt", TIME),
			Map.entry("taxType", words("taxType.")), Map.entry("type", words("productType.")),
			Map.entry("category", words("category.")), Map.entry("salesRegions", commaList(words("region."))),
			Map.entry("scope", words("audit.value.scope.")), Map.entry("licence", FILE),
			Map.entry("complianceLetter", FILE), Map.entry("logo", FILE), Map.entry("userGuide", FILE),
			Map.entry("rightsCertificate", FILE), Map.entry("complianceReport", FILE), Map.entry("qualityReport", FILE),
			Map.entry("dataItems", FILE), Map.entry("description", PREVIEW_TEXT), Map.entry("highlights", PREVIEW_TEXT),
			Map.entry("customerCases", PREVIEW_TEXT), Map.entry("acceptanceCriteria", PREVIEW_TEXT),
			Map.entry("summary", PREVIEW_TEXT), Map.entry("TICKET.status", words("tickets.status.")),
			Map.entry("TICKET.reason", words("tickets.handover.")), Map.entry("TICKET.kind", words("tickets.access.")),
			Map.entry("SUPERVISION_TASK.step", words("supervision.step.")),
			Map.entry("SUPERVISION_TASK.decision", words("supervision.decision.")),
			Map.entry("SUPERVISION_TASK.reason", words("supervision.handover.")),
			Map.entry("SUPERVISION_TASK.frozen", YES_NO));

	private final MessageSource messages;

	private final Locale locale;

	private final ReaderTime times;

	AuditWords(MessageSource messages, Locale locale, ReaderTime times) {
		this.messages = messages;
		this.locale = locale;
		this.times = times;
	}

	String action(String stored) {
		return (AuditAction.parse(stored) != null) ? message("audit.action." + stored) : message("audit.action.other");
	}

	String target(AuditTarget target) {
		return message("audit.target." + target.name());
	}

	/** A field's label; {@code spec.2} is the second spec. */
	String label(String field) {
		if (field.startsWith("spec.")) {
			return resolve(new String[] { "field.spec" }, new Object[] { field.substring("spec.".length()) }, field);
		}
		return resolve(new String[] { "audit.field." + field, "field." + field }, null, field);
	}

	/** Whether the page shows this field at all. */
	static boolean shown(AuditTarget target, String field) {
		return format(target, field) != HIDDEN;
	}

	/** A value as the reader reads it; {@link #NONE} for one that was not set. */
	String value(AuditTarget target, String field, Object value) {
		if (value == null || "".equals(value) || (value instanceof Collection<?> list && list.isEmpty())) {
			return NONE;
		}
		Format format = format(target, field);
		if (format != null) {
			return format.show(value, this);
		}
		if (field.startsWith("spec.")) {
			return SET.show(value, this);
		}
		return list((v, words) -> text(v)).show(value, this);
	}

	String message(String code, Object... args) {
		return this.messages.getMessage(code, args, this.locale);
	}

	/** The message, or {@code fallback} when the bundles have none. */
	String message(String code, String fallback) {
		return resolve(new String[] { code }, null, fallback);
	}

	private String resolve(String[] codes, Object[] args, String fallback) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes, args, fallback), this.locale);
	}

	private String time(String iso) {
		try {
			return this.times.show(LocalDateTime.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private static Format format(AuditTarget target, String field) {
		Format specific = (target != null) ? FORMATS.get(target.name() + "." + field) : null;
		return (specific != null) ? specific : FORMATS.get(field);
	}

	private static Format words(String prefix) {
		return (value, words) -> words.message(prefix + text(value), text(value));
	}

	/** Each item of a list in its format, joined the way the language joins them. */
	private static Format list(Format item) {
		return (value, words) -> {
			Collection<?> items = (value instanceof Collection<?> collection) ? collection : List.of(value);
			List<String> shown = items.stream().map((v) -> item.show(v, words)).toList();
			return String.join(words.message("audit.separator"), shown);
		};
	}

	/** A list kept as one text with commas (how a review keeps the sales regions). */
	private static Format commaList(Format item) {
		return (value, words) -> {
			List<String> items = new ArrayList<>();
			for (String part : text(value).split(",")) {
				if (!part.isBlank()) {
					items.add(part.strip());
				}
			}
			return list(item).show(items, words);
		};
	}

	private static String text(Object value) {
		return String.valueOf(value);
	}

	/** The start of a long text, cut between characters (never inside a pair). */
	private static String preview(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.codePointCount(0, flat.length()) <= PREVIEW) {
			return flat;
		}
		return flat.substring(0, flat.offsetByCodePoints(0, PREVIEW)) + "\u2026";
	}

}
