package io.sellercenter.shared;

/**
 * Which page of a list, 1-based, with a size and a depth the server bounds whatever the
 * client asks: a list pages through its first {@value #MAX_ROWS} rows at most, so no page
 * costs the database a deeper OFFSET; beyond that a list is narrowed by its filter (or
 * exported). A page past the end of a list is its last page ({@link #within}).
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 100;

	/** The deepest row a list pages to; the order list counts to far fewer. */
	public static final int MAX_ROWS = 10_000;

	public PageRequest {
		size = Math.min(Math.max(1, size), MAX_SIZE);
		page = Math.min(Math.max(1, page), lastPage(size));
	}

	public static PageRequest of(Integer page, int size) {
		return new PageRequest((page != null) ? page : 1, size);
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
