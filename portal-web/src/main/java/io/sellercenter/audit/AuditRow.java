package io.sellercenter.audit;

import java.util.List;

/**
 * One entry as the page shows it, every text in the reader's words: the action, what it
 * was about (with a link where the reader has a page for it), the fields that changed
 * (or, for an entry that is not a change, its values), and the address.
 */
record AuditRow(AuditEntry entry, String time, String actor, String action, Subject subject, List<Change> changes,
		List<Fact> facts, String text, boolean unchanged, String address) {

	/** Whether the entry keeps no values to show. */
	public boolean blank() {
		return this.changes.isEmpty() && this.facts.isEmpty() && this.text == null && !this.unchanged;
	}

	/**
	 * What the entry is about: its kind in words, its name (null when the kind says it
	 * all), a link (null where there is no page, or the object is gone) and whether it is
	 * gone.
	 */
	record Subject(String kind, String name, String href, boolean gone) {
	}

	/** A field that changed, both values in words. */
	record Change(String label, String before, String after) {
	}

	/** A value of an entry that is not a change. */
	record Fact(String label, String value) {
	}

}
