package io.sellercenter.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list and where it stands in the whole. */
public record Page<T>(List<T> items, int page, int size, long total) {

	/** The pages a reader can reach ({@link PageRequest#MAX_ROWS} rows at most). */
	public int pages() {
		long pages = Math.max(1, (this.total + this.size - 1) / this.size);
		return (int) Math.min(pages, PageRequest.lastPage(this.size));
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	/** Whether the list has rows beyond the last page it pages to. */
	public boolean beyondReach() {
		return this.total > (long) pages() * this.size;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
		return new Page<>(items, request.page(), request.size(), total);
	}

	/**
	 * Counts the list, moves a request past its end back to its last page, and reads that
	 * page (not at all when the list is empty): every list pages the same way, and no
	 * page number makes the database skip more rows than the list has.
	 */
	public static <T> Page<T> load(PageRequest request, LongSupplier count, Function<PageRequest, List<T>> rows) {
		long total = count.getAsLong();
		PageRequest at = request.within(total);
		return of((total == 0) ? List.of() : rows.apply(at), at, total);
	}

}
