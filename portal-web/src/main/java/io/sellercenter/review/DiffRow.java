package io.sellercenter.review;

/**
 * One field of the review page: its values before and after (null where there is none),
 * and whether the request changes it.
 */
record DiffRow(String field, ShownValue before, ShownValue after, boolean changed) {

	/** A product's spec ({@code spec.1}, ...) is labelled with its number. */
	public String specNumber() {
		return this.field.startsWith("spec.") ? this.field.substring("spec.".length()) : null;
	}

}
