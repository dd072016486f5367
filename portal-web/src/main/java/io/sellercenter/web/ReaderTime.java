package io.sellercenter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Times as the reader reads them: stored in UTC, shown in the reader's time zone (the
 * browser tells it, static/js/timezone.js, in the cookie {@code portal-tz}; until it has,
 * China Standard Time, the marketplace's own), with the zone's offset named in the column
 * or beside the time. Templates ask {@code @times.show(t)}, {@code @times.zone()}.
 */
@Component("times")
public class ReaderTime {

	/** Until the browser has told its own. */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COOKIE = "portal-tz";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	/** A UTC time in the reader's zone, to the minute. */
	public String show(LocalDateTime utc) {
		return (utc != null) ? MINUTES.format(inZone(utc)) : "";
	}

	/** A UTC time in the reader's zone as a datetime-local field's value. */
	public String field(LocalDateTime utc) {
		return (utc != null) ? FIELD.format(inZone(utc)) : "";
	}

	/** The same to the second. */
	public String showSeconds(LocalDateTime utc) {
		return (utc != null) ? SECONDS.format(inZone(utc)) : "";
	}

	/**
	 * The last day a period covers that ends (exclusively) at a UTC time, in the reader's
	 * zone: a grant that ends at the start of 1 January is valid through 31 December.
	 */
	public String lastDay(LocalDateTime utcEnd) {
		return (utcEnd != null) ? DAY.format(inZone(utcEnd).minusNanos(1)) : "";
	}

	/**
	 * The UTC time a day the reader picked ends at: the next day's start in their zone.
	 */
	public LocalDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zoneId()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}

	/**
	 * The UTC time of a moment the reader entered in their own zone (a datetime-local
	 * field), or null for none.
	 */
	public LocalDateTime toUtc(LocalDateTime local) {
		return (local != null) ? local.atZone(zoneId()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() : null;
	}

	/** Today where the reader is. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zoneId()));
	}

	/** The reader's zone as an offset from UTC now, such as {@code UTC+08:00}. */
	public String zone() {
		ZoneOffset offset = zoneId().getRules().getOffset(java.time.Instant.now());
		return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
	}

	private LocalDateTime inZone(LocalDateTime utc) {
		return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zoneId()).toLocalDateTime();
	}

	/** The reader's zone; a cookie naming no zone (or anything else) counts as none. */
	ZoneId zoneId() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return DEFAULT_ZONE;
		}
		return zoneOf(attributes.getRequest());
	}

	static ZoneId zoneOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 64) {
					try {
						return ZoneId
							.of(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
					}
					catch (RuntimeException ex) {
						// not a zone: the default
					}
				}
			}
		}
		return DEFAULT_ZONE;
	}

}
