package io.sellercenter.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page numbers from anywhere never reach the database unbounded. */
class PageRequestTests {

	@Test
	void pageNumbersAreBoundedBeforeAnythingIsCounted() {
		assertThat(PageRequest.of(Integer.MAX_VALUE, 20)).isEqualTo(new PageRequest(500, 20));
		assertThat(new PageRequest(Integer.MAX_VALUE, 20).page()).as("the platform's, bounded by the list's end")
			.isEqualTo(Integer.MAX_VALUE);
		assertThat(new PageRequest(-3, 500)).isEqualTo(new PageRequest(1, PageRequest.MAX_SIZE));
		assertThat(PageRequest.of(Integer.MAX_VALUE, 20).offset()).isEqualTo(PageRequest.MAX_ROWS - 20);
		assertThat(PageRequest.of(Integer.MAX_VALUE, 50).page()).isEqualTo(200);
		assertThat(PageRequest.of(Integer.MIN_VALUE, 20).page()).isEqualTo(1);
		assertThat(PageRequest.of(-5, 20).page()).isEqualTo(1);
		assertThat(PageRequest.of(null, 20).page()).isEqualTo(1);
		assertThat(PageRequest.of(3, Integer.MAX_VALUE).size()).isEqualTo(PageRequest.MAX_SIZE);
		assertThat(PageRequest.of(3, -1).size()).isEqualTo(1);
	}

	@Test
	void aPagePastTheEndIsTheLastPage() {
		PageRequest far = PageRequest.of(Integer.MAX_VALUE, 20);

		assertThat(far.within(45)).isEqualTo(new PageRequest(3, 20));
		assertThat(far.within(40)).isEqualTo(new PageRequest(2, 20));
		assertThat(far.within(0)).isEqualTo(new PageRequest(1, 20));
		assertThat(PageRequest.of(2, 20).within(45)).isEqualTo(new PageRequest(2, 20));
		assertThat(far.within(1_000_000)).isEqualTo(far);
	}

	@Test
	void loadReadsThePageWithinTheListAndNothingOfAnEmptyList() {
		List<PageRequest> asked = new ArrayList<>();

		Page<String> last = Page.load(PageRequest.of(Integer.MAX_VALUE, 20), () -> 45, (at) -> {
			asked.add(at);
			return List.of("x");
		});
		Page<String> empty = Page.load(PageRequest.of(7, 20), () -> 0, (at) -> {
			asked.add(at);
			return List.of("never");
		});

		assertThat(asked).containsExactly(new PageRequest(3, 20));
		assertThat(last.page()).isEqualTo(3);
		assertThat(last.pages()).isEqualTo(3);
		assertThat(empty.page()).isEqualTo(1);
		assertThat(empty.items()).isEmpty();
	}

	@Test
	void aLongListPagesToItsReachAndSaysSo() {
		Page<String> page = Page.of(List.of(), new PageRequest(500, 20), 123_456);

		assertThat(page.pages()).isEqualTo(500);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.beyondReach()).isTrue();
		assertThat(Page.of(List.of(), new PageRequest(1, 20), 10_000).beyondReach()).isFalse();
	}

}
