package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.sellercenter.web.ReaderTime;

import org.springframework.stereotype.Component;

/**
 * The push API's times ({@code 20261207T020455Z}, UTC) as the reader reads them, in their
 * zone ({@link ReaderTime}); a value that is not such a time (a record rejected with 002)
 * is shown as it was sent. Templates ask {@code @pushedTimes.show(t)} and keep the raw
 * value in a title or beside it.
 */
@Component("pushedTimes")
public class PushedTimes {

	private static final DateTimeFormatter PUSHED = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final int DATE = "yyyy-MM-dd ".length();

	private final ReaderTime times;

	PushedTimes(ReaderTime times) {
		this.times = times;
	}

	public String show(String pushed) {
		LocalDateTime utc = parse(pushed);
		return (utc != null) ? this.times.showSeconds(utc) : (pushed != null) ? pushed : "";
	}

	/** A period, the end without its date when it is the begin's day. */
	public String period(String begin, String end) {
		String from = show(begin);
		String to = show(end);
		boolean sameDay = parse(begin) != null && parse(end) != null && from.regionMatches(0, to, 0, DATE);
		return from + " – " + (sameDay ? to.substring(DATE) : to);
	}

	/** Milliseconds since the epoch (the push's {@code ts}), to the second. */
	public String showMillis(long millis) {
		return this.times.showSeconds(LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC));
	}

	private static LocalDateTime parse(String pushed) {
		if (pushed == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(pushed, PUSHED);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
