package io.sellercenter.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What service hours must hold, checked on save and by the form before it: a form passes
 * null for a value it could not read (and reports that itself), and the rules that need
 * it are skipped.
 */
public final class ServiceHoursRules {

	/** A service week: customers expect an answer on working days at least. */
	public static final int MIN_DAYS = 5;

	public static final Duration MIN_DAY = Duration.ofHours(8);

	public static final int MIN_FIRST_RESPONSE = 30;

	/** 72 working hours: beyond that a "first response" target means nothing. */
	public static final int MAX_FIRST_RESPONSE = 72 * 60;

	private ServiceHoursRules() {
	}

	/**
	 * Field to message key of each rule broken, in the form's order; empty when all hold.
	 */
	public static Map<String, String> problems(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone,
			Integer firstResponseMinutes) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (days != null && days.size() < MIN_DAYS) {
			problems.put("days", "serviceHours.rejected.days");
		}
		// Opening and closing on the same day: no overnight shifts, so a closing time
		// before the opening is a mistake, not a shift that ends tomorrow.
		if (opens != null && closes != null) {
			if (!closes.isAfter(opens)) {
				problems.put("closes", "serviceHours.rejected.closesBeforeOpens");
			}
			else if (Duration.between(opens, closes).compareTo(MIN_DAY) < 0) {
				problems.put("closes", "serviceHours.rejected.shortDay");
			}
		}
		if (zone != null && !known(zone)) {
			problems.put("zone", "serviceHours.rejected.zone");
		}
		if (firstResponseMinutes != null
				&& (firstResponseMinutes < MIN_FIRST_RESPONSE || firstResponseMinutes > MAX_FIRST_RESPONSE)) {
			problems.put("firstResponse", "serviceHours.rejected.firstResponse");
		}
		return problems;
	}

	/**
	 * A region of the time-zone database (or UTC), not a fixed offset such as +08:00,
	 * which would ignore the region's daylight saving.
	 */
	public static boolean known(ZoneId zone) {
		return ZoneId.getAvailableZoneIds().contains(zone.getId());
	}

	/** The zone of an id a person chose, or null for one the rules do not take. */
	public static ZoneId zone(String id) {
		return (id != null && ZoneId.getAvailableZoneIds().contains(id)) ? ZoneId.of(id) : null;
	}

}
