package io.sellercenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The working-time clock, in UTC in and out, on plain values. */
class ServiceHoursTests {

	static final ServiceHours SHANGHAI = ServiceHours.DEFAULT;

	static final ServiceHours NEW_YORK = new ServiceHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("America/New_York"), 240);

	static final ServiceHours EVERY_DAY = new ServiceHours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
			LocalTime.of(18, 0), ZoneId.of("Asia/Shanghai"), 60);

	@Test
	void defaultIsWeekdaysNineToSixInShanghaiWithFourHours() {
		assertThat(SHANGHAI.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
		assertThat(SHANGHAI.firstResponseMinutes()).isEqualTo(240);
	}

	@Test
	void dueAcrossAWeekendWhenOpenedFridayAnHourBeforeClosing() {
		// Friday 2026-12-04 17:00 in Shanghai is 09:00 UTC.
		LocalDateTime friday = utc("2026-12-04T09:00");
		assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

		assertThat(SHANGHAI.addWorkingMinutes(friday, 240)).as("Monday 12:00 in Shanghai")
			.isEqualTo(utc("2026-12-07T04:00"));
	}

	@Test
	void aStartOnSaturdayCountsFromMondaysOpening() {
		LocalDateTime saturday = utc("2026-12-05T02:00");

		assertThat(SHANGHAI.addWorkingMinutes(saturday, 60)).as("Monday 10:00").isEqualTo(utc("2026-12-07T02:00"));
		assertThat(SHANGHAI.addWorkingMinutes(saturday, 0)).as("Monday 09:00").isEqualTo(utc("2026-12-07T01:00"));
	}

	@Test
	void aStartAtNightCountsFromTheNextMorning() {
		// Tuesday 22:00 in Shanghai.
		LocalDateTime night = utc("2026-12-08T14:00");

		assertThat(SHANGHAI.addWorkingMinutes(night, 30)).as("Wednesday 09:30").isEqualTo(utc("2026-12-09T01:30"));
		assertThat(SHANGHAI.addWorkingMinutes(utc("2026-12-08T00:30"), 30)).as("Tuesday 08:30, before opening")
			.isEqualTo(utc("2026-12-08T01:30"));
		assertThat(SHANGHAI.addWorkingMinutes(utc("2026-12-08T03:15"), 0)).as("inside hours: the start itself")
			.isEqualTo(utc("2026-12-08T03:15"));
		assertThat(SHANGHAI.addWorkingMinutes(utc("2026-12-08T10:00"), 0)).as("at closing: the next opening")
			.isEqualTo(utc("2026-12-09T01:00"));
	}

	@Test
	void aTargetEndingAtClosingIsDueAtClosingNotTheNextMorning() {
		assertThat(SHANGHAI.addWorkingMinutes(utc("2026-12-08T09:00"), 60)).isEqualTo(utc("2026-12-08T10:00"));
	}

	@Test
	void newYorkHoursFollowTheClocksWhenDaylightSavingStarts() {
		// Friday 2026-03-06 16:00 EST (UTC-5); DST starts Sunday 2026-03-08, so Monday
		// opens at 09:00 EDT (UTC-4), 13:00 UTC, not 14:00.
		LocalDateTime friday = utc("2026-03-06T21:00");
		assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

		assertThat(NEW_YORK.addWorkingMinutes(friday, 120)).as("Monday 10:00 EDT").isEqualTo(utc("2026-03-09T14:00"));
		assertThat(NEW_YORK.workingMinutesBetween(friday, utc("2026-03-09T14:00"))).isEqualTo(120);
		assertThat(NEW_YORK.addWorkingMinutes(utc("2026-11-02T13:00"), 0)).as("after DST ends: 09:00 EST")
			.isEqualTo(utc("2026-11-02T14:00"));
	}

	@Test
	void aDayWhoseClocksChangeInsideTheHoursIsAnHourShorterOrLonger() {
		ServiceHours midnightToNoon = new ServiceHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
				LocalTime.NOON, ZoneId.of("America/New_York"), 60);

		// 2026-03-08 00:00 EST is 05:00 UTC, 12:00 EDT is 16:00 UTC: 11 hours of service.
		assertThat(midnightToNoon.workingMinutesBetween(utc("2026-03-08T00:00"), utc("2026-03-09T00:00")))
			.isEqualTo(11 * 60);
		// 2026-11-01 00:00 EDT is 04:00 UTC, 12:00 EST is 17:00 UTC: 13 hours.
		assertThat(midnightToNoon.workingMinutesBetween(utc("2026-11-01T00:00"), utc("2026-11-02T00:00")))
			.isEqualTo(13 * 60);
		assertThat(midnightToNoon.addWorkingMinutes(utc("2026-03-08T05:00"), 11 * 60))
			.isEqualTo(utc("2026-03-08T16:00"));
	}

	@Test
	void workingMinutesBetweenUndoesAddWorkingMinutes() {
		List<LocalDateTime> starts = List.of(utc("2026-12-04T09:00"), utc("2026-12-05T02:00"), utc("2026-12-08T14:00"),
				utc("2026-03-06T21:00"), utc("2026-10-30T20:17:31.5"), utc("2026-12-31T23:59"));
		for (ServiceHours hours : List.of(SHANGHAI, NEW_YORK, EVERY_DAY)) {
			for (LocalDateTime start : starts) {
				for (long minutes : new long[] { 0, 1, 59, 240, 541, 1440, 4320 }) {
					LocalDateTime due = hours.addWorkingMinutes(start, minutes);
					assertThat(hours.workingMinutesBetween(start, due))
						.as("%s + %d in %s", start, minutes, hours.zone())
						.isEqualTo(minutes);
				}
			}
		}
	}

	@Test
	void workingMinutesBetweenIsZeroBackwardsAndCountsOnlyHours() {
		assertThat(SHANGHAI.workingMinutesBetween(utc("2026-12-08T03:00"), utc("2026-12-08T02:00"))).isZero();
		assertThat(SHANGHAI.workingMinutesBetween(utc("2026-12-05T00:00"), utc("2026-12-07T00:00"))).as("a weekend")
			.isZero();
		assertThat(SHANGHAI.workingMinutesBetween(utc("2026-12-07T00:00"), utc("2026-12-14T00:00")))
			.as("a week of 5 days of 9 hours")
			.isEqualTo(5 * 9 * 60);
	}

	@Test
	void aSeventyTwoHourTargetSpansTwoWeeksOfWeekdays() {
		// Monday 2026-12-07 09:00 Shanghai: 8 days of 9 hours, the weekend skipped, ends
		// Wednesday 2026-12-16 18:00.
		assertThat(SHANGHAI.addWorkingMinutes(utc("2026-12-07T01:00"), 72 * 60)).isEqualTo(utc("2026-12-16T10:00"));
	}

	@Test
	void aLongTargetStepsByDayNotByMinute() {
		// Ten million working minutes are some 35,000 calendar days: quick one day at a
		// time, far too slow one minute at a time.
		LocalDateTime due = assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> SHANGHAI.addWorkingMinutes(utc("2026-12-04T09:00"), 10_000_000));

		assertThat(SHANGHAI.workingMinutesBetween(utc("2026-12-04T09:00"), due)).isEqualTo(10_000_000);
	}

	@Test
	void aSevenDayMerchantAnswersAtTheWeekend() {
		// Saturday 17:00 in Shanghai, two hours: Sunday 10:00.
		assertThat(EVERY_DAY.addWorkingMinutes(utc("2026-12-05T09:00"), 120)).isEqualTo(utc("2026-12-06T02:00"));
		assertThat(EVERY_DAY.workingMinutesBetween(utc("2026-12-05T00:00"), utc("2026-12-07T00:00")))
			.isEqualTo(2 * 9 * 60);
	}

	@Test
	void rulesNameEveryProblemAtOnce() {
		assertThat(ServiceHoursRules.problems(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0),
				LocalTime.of(16, 0), ZoneId.of("+08:00"), 20))
			.containsOnlyKeys("days", "closes", "zone", "firstResponse")
			.containsEntry("closes", "serviceHours.rejected.shortDay");
		assertThat(ServiceHoursRules.problems(Set.of(), LocalTime.of(18, 0), LocalTime.of(9, 0), null, 4321))
			.containsEntry("closes", "serviceHours.rejected.closesBeforeOpens")
			.containsEntry("firstResponse", "serviceHours.rejected.firstResponse");
		assertThat(ServiceHoursRules.problems(SHANGHAI.days(), LocalTime.of(9, 0), LocalTime.of(17, 0),
				ZoneId.of("UTC"), 30))
			.as("5 days of exactly 8 hours, half an hour")
			.isEmpty();
		assertThat(
				ServiceHoursRules.problems(SHANGHAI.days(), SHANGHAI.opens(), SHANGHAI.closes(), SHANGHAI.zone(), 4320))
			.isEmpty();
	}

	private static LocalDateTime utc(String iso) {
		return LocalDateTime.parse(iso);
	}

}
