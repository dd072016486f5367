package io.sellercenter.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values an entry keeps, as written: field name to value (text, number, boolean, a
 * list of them, or a time as ISO text) before and after the change. An entry written
 * before details were kept as fields has its text instead ({@link #text()}).
 */
public record AuditDetails(Map<String, Object> before, Map<String, Object> after, String text) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int LIMIT = 16_000;

	private static final int LONG_TEXT = 500;

	private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
	};

	public AuditDetails {
		before = (before != null) ? Collections.unmodifiableMap(before) : null;
		after = (after != null) ? Collections.unmodifiableMap(after) : null;
	}

	/** One field that changed: its value before and after (either may be null). */
	public record Change(String field, Object before, Object after) {
	}

	/** Whether the entry records a change (values before and after), not one side. */
	public boolean change() {
		return this.before != null && this.after != null;
	}

	/** The fields whose values differ, in the order they were written. */
	public List<Change> changes() {
		if (!change()) {
			return List.of();
		}
		Set<String> fields = new LinkedHashSet<>(this.before.keySet());
		fields.addAll(this.after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = this.before.get(field);
			Object now = this.after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return changes;
	}

	/**
	 * The values of an entry that is not a change (what was created, or what was
	 * removed); empty for a change.
	 */
	public Map<String, Object> facts() {
		if (change()) {
			return Map.of();
		}
		return (this.after != null) ? nonNull(this.after) : (this.before != null) ? nonNull(this.before) : Map.of();
	}

	public boolean empty() {
		return this.before == null && this.after == null && this.text == null;
	}

	/**
	 * The fields as JSON, at most {@link #LIMIT} characters (four bytes each still fit
	 * the TEXT column): past it, long texts are cut and then the last fields left out, so
	 * what is stored always reads back as fields.
	 */
	static String write(Map<String, ?> fields) {
		if (fields == null || fields.isEmpty()) {
			return null;
		}
		String json = JSON.writeValueAsString(fields);
		if (json.length() <= LIMIT) {
			return json;
		}
		Map<String, Object> kept = new LinkedHashMap<>();
		for (Map.Entry<String, ?> field : fields.entrySet()) {
			Object value = field.getValue();
			kept.put(field.getKey(), (value instanceof String text && text.length() > LONG_TEXT)
					? text.substring(0, LONG_TEXT) + "\u2026" : value);
			if (JSON.writeValueAsString(kept).length() > LIMIT) {
				kept.remove(field.getKey());
				break;
			}
		}
		return JSON.writeValueAsString(kept);
	}

	/** Reads what {@link #write} wrote; other text (older entries) is kept as text. */
	static AuditDetails read(String before, String after) {
		Map<String, Object> old = fields(before);
		Map<String, Object> now = fields(after);
		List<String> text = new ArrayList<>();
		if (before != null && old == null) {
			text.add(before);
		}
		if (after != null && now == null) {
			text.add(after);
		}
		if (!text.isEmpty()) {
			// An older entry: a value that is not fields is shown as it was written.
			return new AuditDetails(null, null, String.join(" \u2192 ", text));
		}
		return new AuditDetails(old, now, null);
	}

	private static Map<String, Object> fields(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(value, FIELDS);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Map<String, Object> nonNull(Map<String, Object> fields) {
		Map<String, Object> set = new LinkedHashMap<>();
		fields.forEach((field, value) -> {
			if (value != null && !"".equals(value)) {
				set.put(field, value);
			}
		});
		return set;
	}

}
