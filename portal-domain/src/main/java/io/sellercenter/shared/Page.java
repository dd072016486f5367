package io.sellercenter.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and where it stands in the whole. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
		return new Page<>(items, request.page(), request.size(), total);
	}

}
