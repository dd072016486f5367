package io.sellercenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** PLACEHOLDER until the service-hours branch lands: same API, simple loop per day. */
public record ServiceHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone,
		int firstResponseMinutes) {

	public static final ServiceHours DEFAULT = new ServiceHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("Asia/Shanghai"), 240);

	public LocalDateTime addWorkingMinutes(LocalDateTime startUtc, long workingMinutes) {
		ZonedDateTime at = startUtc.atZone(ZoneOffset.UTC).withZoneSameInstant(this.zone);
		long left = workingMinutes;
		for (int i = 0; i < 4000; i++) {
			if (this.days.contains(at.getDayOfWeek())) {
				ZonedDateTime open = at.toLocalDate().atTime(this.opens).atZone(this.zone);
				ZonedDateTime close = at.toLocalDate().atTime(this.closes).atZone(this.zone);
				ZonedDateTime from = at.isBefore(open) ? open : at;
				if (from.isBefore(close)) {
					long available = Duration.between(from, close).toMinutes();
					if (left <= available) {
						return from.plusMinutes(left).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
					}
					left -= available;
				}
			}
			at = at.toLocalDate().plusDays(1).atStartOfDay(this.zone);
		}
		throw new IllegalStateException("no working time");
	}

	public long workingMinutesBetween(LocalDateTime fromUtc, LocalDateTime toUtc) {
		if (!toUtc.isAfter(fromUtc)) {
			return 0;
		}
		long total = 0;
		ZonedDateTime at = fromUtc.atZone(ZoneOffset.UTC).withZoneSameInstant(this.zone);
		ZonedDateTime end = toUtc.atZone(ZoneOffset.UTC).withZoneSameInstant(this.zone);
		while (at.isBefore(end)) {
			if (this.days.contains(at.getDayOfWeek())) {
				ZonedDateTime open = at.toLocalDate().atTime(this.opens).atZone(this.zone);
				ZonedDateTime close = at.toLocalDate().atTime(this.closes).atZone(this.zone);
				ZonedDateTime from = at.isBefore(open) ? open : at;
				ZonedDateTime to = end.isBefore(close) ? end : close;
				if (from.isBefore(to)) {
					total += Duration.between(from, to).toMinutes();
				}
			}
			at = at.toLocalDate().plusDays(1).atStartOfDay(this.zone);
		}
		return total;
	}

}
