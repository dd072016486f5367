package io.sellercenter.review;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	@Test
	void addSkipsWeekends() {
		// 2026-12-03 is a Thursday: three working days later is Tuesday 2026-12-08.
		assertThat(WorkingDays.add(LocalDateTime.of(2026, 12, 3, 10, 0), 3))
			.isEqualTo(LocalDateTime.of(2026, 12, 8, 10, 0));
		// Submitted on a Saturday: Monday, Tuesday, Wednesday.
		assertThat(WorkingDays.add(LocalDateTime.of(2026, 12, 5, 9, 30), 3))
			.isEqualTo(LocalDateTime.of(2026, 12, 9, 9, 30));
		assertThat(WorkingDays.add(LocalDateTime.of(2026, 12, 7, 0, 0), 3))
			.isEqualTo(LocalDateTime.of(2026, 12, 10, 0, 0));
	}

}
