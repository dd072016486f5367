package io.sellercenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A merchant's service hours: the days and the hours of each, in its time zone, and the
 * first-response target in working minutes.
 * <p>
 * The clock walks calendar days, one step per day, and takes each day's opening window
 * whole: a 72-hour target over a long weekend is a couple of dozen steps, never one per
 * minute. Each day's window is built with {@link ZonedDateTime} in the zone, so a day on
 * which the clocks change keeps its local 09:00-18:00 and is an hour shorter or longer
 * only when the change falls inside the hours.
 */
public record ServiceHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone,
		int firstResponseMinutes) {

	/**
	 * Monday to Friday, 09:00-18:00, Asia/Shanghai, 4 working hours: what a merchant has
	 * until they set their own.
	 */
	public static final ServiceHours DEFAULT = new ServiceHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("Asia/Shanghai"), 240);

	public ServiceHours {
		Objects.requireNonNull(days, "days");
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		Objects.requireNonNull(zone, "zone");
		// Ordered Monday first, so the stored column and the audit read the same for
		// the same choice.
		EnumSet<DayOfWeek> ordered = EnumSet.noneOf(DayOfWeek.class);
		ordered.addAll(days);
		days = Collections.unmodifiableSet(ordered);
	}

	/**
	 * The UTC time at which {@code workingMinutes} of service time have passed after
	 * {@code startUtc}. A start outside hours counts from the next opening; with 0
	 * minutes that opening itself is the answer (a start inside hours is returned
	 * unchanged).
	 */
	public LocalDateTime addWorkingMinutes(LocalDateTime startUtc, long workingMinutes) {
		if (workingMinutes < 0) {
			throw new IllegalArgumentException("working minutes must not be negative");
		}
		requireWorkingDays();
		Instant cursor = startUtc.toInstant(ZoneOffset.UTC);
		Duration left = Duration.ofMinutes(workingMinutes);
		for (LocalDate day = local(cursor);; day = day.plusDays(1)) {
			Window window = window(day);
			if (window == null || !cursor.isBefore(window.closes())) {
				continue;
			}
			Instant from = cursor.isAfter(window.opens()) ? cursor : window.opens();
			Duration available = Duration.between(from, window.closes());
			if (left.compareTo(available) <= 0) {
				return utc(from.plus(left));
			}
			left = left.minus(available);
			cursor = window.closes();
		}
	}

	/**
	 * The UTC time at which {@code days} working days have passed after {@code startUtc}:
	 * a working day is one day's hours, so "2 working days" from Friday 15:00 with
	 * 09:00-18:00 hours is Tuesday 15:00.
	 */
	public LocalDateTime addWorkingDays(LocalDateTime startUtc, int days) {
		return addWorkingMinutes(startUtc, (long) days * Duration.between(this.opens, this.closes).toMinutes());
	}

	/** Working minutes between two UTC times, whole minutes (0 if {@code to <= from}). */
	public long workingMinutesBetween(LocalDateTime fromUtc, LocalDateTime toUtc) {
		Instant from = fromUtc.toInstant(ZoneOffset.UTC);
		Instant to = toUtc.toInstant(ZoneOffset.UTC);
		if (!to.isAfter(from)) {
			return 0;
		}
		Duration worked = Duration.ZERO;
		for (LocalDate day = local(from); !day.isAfter(local(to)); day = day.plusDays(1)) {
			Window window = window(day);
			if (window == null) {
				continue;
			}
			Instant start = from.isAfter(window.opens()) ? from : window.opens();
			Instant end = to.isBefore(window.closes()) ? to : window.closes();
			if (end.isAfter(start)) {
				worked = worked.plus(Duration.between(start, end));
			}
		}
		return worked.toMinutes();
	}

	/** For the audit log: each value as the form shows it, days Monday first. */
	Map<String, Object> describe() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("days", this.days.stream().map(DayOfWeek::name).toList());
		fields.put("opens", this.opens.toString());
		fields.put("closes", this.closes.toString());
		fields.put("zone", this.zone.getId());
		fields.put("firstResponseMinutes", this.firstResponseMinutes);
		return fields;
	}

	/**
	 * The day's opening hours as instants, or null on a day without service. A local time
	 * that a spring-forward gap skips is moved later by the gap, as {@link ZonedDateTime}
	 * does; an ambiguous one in the autumn overlap takes the earlier offset.
	 */
	private Window window(LocalDate day) {
		if (!this.days.contains(day.getDayOfWeek())) {
			return null;
		}
		Instant opensAt = ZonedDateTime.of(day, this.opens, this.zone).toInstant();
		Instant closesAt = ZonedDateTime.of(day, this.closes, this.zone).toInstant();
		return closesAt.isAfter(opensAt) ? new Window(opensAt, closesAt) : null;
	}

	/** Without a single day of service no target is ever reached: refuse, not loop. */
	private void requireWorkingDays() {
		if (this.days.isEmpty() || !this.closes.isAfter(this.opens)) {
			throw new IllegalStateException("service hours without working time: " + this);
		}
	}

	private LocalDate local(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Window(Instant opens, Instant closes) {
	}

}
