package io.sellercenter.review;

import java.util.Locale;
import java.util.Set;

/**
 * How the values of some kinds of request read on the operators' pages, in the reader's
 * language: implemented by the feature that owns what those requests change (the merchant
 * profile, products), which knows what its codes mean. A value none of them puts into
 * words is shown as it was stored.
 */
public interface ReviewFields {

	Set<ReviewKind> kinds();

	/** Whether the field's value is the id of one of the merchant's stored files. */
	boolean isFile(String field);

	/**
	 * The value in words, or null to show it as stored. Called with each value the review
	 * page shows, old and new.
	 */
	String text(ReviewRequest request, String field, String value, Locale locale);

	/**
	 * What the request is about, in a few words for the queue (the product's name, the
	 * fields a change touches); null for nothing more than its kind. Reads the request
	 * alone: the queue asks it for every row of a page.
	 */
	String subject(ReviewRequest request, Locale locale);

	/**
	 * What else the review page shows of this request, below the fields, or null for
	 * nothing: what the operator must see before deciding that is not one of the
	 * submitted values (a SaaS product's interface status, asked when the page opens).
	 */
	default ReviewPanel panel(ReviewRequest request) {
		return null;
	}

}
