package io.sellercenter.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

/**
 * The service hours page's fields, kept as typed: a value that does not convert would
 * otherwise leave no form at all (record binding fails whole) and hide the other fields'
 * errors, which the page shows all at once. The target is in hours, as people think of
 * it; the domain counts minutes.
 */
record ServiceHoursForm(Set<String> days, @NotBlank String opens, @NotBlank String closes, @NotBlank String zone,
		@NotBlank String firstResponseHours) {

	/**
	 * Beyond any rule's reach, so an absurd number reads as out of range, not overflow.
	 */
	private static final BigDecimal MAX_MINUTES = BigDecimal.valueOf(1_000_000);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** The domain's names of the fields it checks, to the form's. */
	private static final Map<String, String> FIELDS = Map.of("days", "days", "closes", "closes", "zone", "zone",
			"firstResponse", "firstResponseHours");

	static ServiceHoursForm of(ServiceHours hours) {
		Set<String> days = new LinkedHashSet<>();
		hours.days().forEach((day) -> days.add(day.name()));
		String target = BigDecimal.valueOf(hours.firstResponseMinutes())
			.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
		return new ServiceHoursForm(days, hours.opens().format(TIME), hours.closes().format(TIME), hours.zone().getId(),
				target);
	}

	/**
	 * The hours, or null with every problem in {@code errors}: values that do not read,
	 * then every rule the values that do read break.
	 */
	ServiceHours read(Errors errors) {
		Set<DayOfWeek> daySet = days(errors);
		LocalTime opensAt = time(errors, "opens", this.opens);
		LocalTime closesAt = time(errors, "closes", this.closes);
		ZoneId zoneId = ServiceHoursRules.zone(this.zone);
		if (zoneId == null && !errors.hasFieldErrors("zone")) {
			errors.rejectValue("zone", "serviceHours.rejected.zone");
		}
		Integer minutes = minutes(errors);
		reject(errors, ServiceHoursRules.problems(daySet, opensAt, closesAt, zoneId, minutes));
		if (errors.hasErrors()) {
			return null;
		}
		return new ServiceHours(daySet, opensAt, closesAt, zoneId, minutes);
	}

	/**
	 * Refusals of the rules, each next to its field unless that field has one already.
	 */
	static void reject(Errors errors, Map<String, String> problems) {
		problems.forEach((field, code) -> {
			String name = FIELDS.get(field);
			if (!errors.hasFieldErrors(name)) {
				errors.rejectValue(name, code);
			}
		});
	}

	private Set<DayOfWeek> days(Errors errors) {
		Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
		for (String day : (this.days != null) ? this.days : Set.<String>of()) {
			try {
				set.add(DayOfWeek.valueOf(day));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("days", "typeMismatch");
				return null;
			}
		}
		return set;
	}

	/** Browsers send HH:mm, or HH:mm:ss when they show seconds. */
	private static LocalTime time(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "typeMismatch.java.time.LocalTime");
			return null;
		}
	}

	private Integer minutes(Errors errors) {
		if (this.firstResponseHours == null || this.firstResponseHours.isBlank()) {
			return null;
		}
		try {
			BigDecimal minutes = new BigDecimal(this.firstResponseHours.strip()).multiply(BigDecimal.valueOf(60))
				.setScale(0, RoundingMode.HALF_UP);
			return minutes.min(MAX_MINUTES).max(MAX_MINUTES.negate()).intValueExact();
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("firstResponseHours", "typeMismatch.java.math.BigDecimal");
			return null;
		}
	}

}
