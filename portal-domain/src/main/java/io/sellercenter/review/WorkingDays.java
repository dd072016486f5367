package io.sellercenter.review;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Due dates in working days: Saturdays and Sundays are skipped. Public holidays are not
 * known to the portal yet (see docs/decisions.md).
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static LocalDateTime add(LocalDateTime from, int days) {
		LocalDateTime due = from;
		int added = 0;
		while (added < days) {
			due = due.plusDays(1);
			if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return due;
	}

}
