package io.sellercenter.shared;

/**
 * Which page of a list, 1-based, with a size the server bounds whatever the client asks.
 * A page of the portal's pages ({@link #of}) is bounded in depth too: a list pages
 * through its first {@value #MAX_ROWS} rows at most, so no page costs the database a
 * deeper OFFSET; beyond that a list is narrowed by its filter (or exported). A page past
 * the end of a list is its last page ({@link #within}). The platform's catalogue pages to
 * its end and refuses a page beyond it.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 100;

	/** Rows on a page of every list of the portal. */
	public static final int SIZE = 20;

	/** The deepest row a list pages to; the order list counts to far fewer. */
	public static final int MAX_ROWS = 10_000;

	public PageRequest {
		size = Math.min(Math.max(1, size), MAX_SIZE);
		page = Math.max(1, page);
	}

	/** A page of one of the portal's lists, of the usual size. */
	public static PageRequest of(Integer page) {
		return of(page, SIZE);
	}

	/** A page of one of the portal's lists: at most {@value #MAX_ROWS} rows deep. */
	public static PageRequest of(Integer page, int size) {
		int bounded = Math.min(Math.max(1, size), MAX_SIZE);
		return new PageRequest(Math.min((page != null) ? page : 1, lastPage(bounded)), bounded);
	}

	/** The last page a list with pages of this size reaches. */
	public static int lastPage(int size) {
		return (MAX_ROWS + size - 1) / size;
	}

	/** This page, or the last one of a list of {@code total} rows if it lies beyond. */
	public PageRequest within(long total) {
		long last = Math.max(1, (total + this.size - 1) / this.size);
		return (this.page <= last) ? this : new PageRequest((int) last, this.size);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
