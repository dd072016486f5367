package io.sellercenter.shared;

/**
 * Which page of a list, 1-based, with a size the server bounds whatever the client asks.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 100;

	public PageRequest {
		page = Math.max(1, page);
		size = Math.min(Math.max(1, size), MAX_SIZE);
	}

	public static PageRequest of(Integer page, int size) {
		return new PageRequest((page != null) ? page : 1, size);
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
