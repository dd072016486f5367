package io.sellercenter.review;

import java.util.List;
import java.util.Set;

/**
 * Implemented by the feature that owns what a kind of request changes. Called in the
 * decision's transaction, after the request has been marked decided, so what it writes
 * commits or rolls back with the decision.
 */
public interface ReviewHandler {

	Set<ReviewKind> kinds();

	void approved(ReviewRequest request);

	void rejected(ReviewRequest request);

	/**
	 * The fields in the order the review page shows them; their labels are
	 * {@code field.<name>}.
	 */
	List<String> fields(ReviewKind kind);

}
