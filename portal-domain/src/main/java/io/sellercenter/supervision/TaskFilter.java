package io.sellercenter.supervision;

/**
 * The supervision list's filters. {@code view}: PENDING (waiting on me), MINE (I handle
 * them), ALL (what I may see). Any other field may be null.
 */
public record TaskFilter(View view, Step step, Long productId, String orderId, String customerName, boolean overdueOnly,
		boolean frozenOnly) {

	public enum View {

		PENDING, MINE, ALL

	}

	public static TaskFilter all() {
		return new TaskFilter(View.ALL, null, null, null, null, false, false);
	}

}
