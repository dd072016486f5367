package io.sellercenter.ticket;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each merchant's service hours: the default until the main account sets its own. */
@Service
public class ServiceHoursService {

	private final ServiceHoursMapper mapper;

	private final AuditLog audit;

	private final Clock clock;

	ServiceHoursService(ServiceHoursMapper mapper, AuditLog audit, Clock clock) {
		this.mapper = mapper;
		this.audit = audit;
		this.clock = clock;
	}

	public ServiceHours of(MerchantId merchant) {
		ServiceHoursMapper.Row row = this.mapper.find(merchant);
		if (row == null) {
			return ServiceHours.DEFAULT;
		}
		return new ServiceHours(days(row.days()), row.opensAt(), row.closesAt(), ZoneId.of(row.timeZone()),
				row.firstResponseMinutes());
	}

	/**
	 * Stores the hours if every rule holds, and audits the change; refuses them whole
	 * otherwise.
	 */
	@Transactional
	public void save(MerchantId merchant, ServiceHours hours, Actor actor) {
		Map<String, String> problems = ServiceHoursRules.problems(hours.days(), hours.opens(), hours.closes(),
				hours.zone(), hours.firstResponseMinutes());
		if (!problems.isEmpty()) {
			throw new ServiceHoursRejected(problems);
		}
		ServiceHours before = of(merchant);
		this.mapper.save(merchant, new ServiceHoursMapper.Row(column(hours.days()), hours.opens(), hours.closes(),
				hours.zone().getId(), hours.firstResponseMinutes()), LocalDateTime.now(this.clock));
		this.audit.record(actor, AuditAction.SERVICE_HOURS_CHANGED, AuditTarget.SERVICE_HOURS, merchant.toString(),
				before.describe(), hours.describe());
	}

	/**
	 * MON,TUE,...: the column holds all seven (27 characters); full names would not fit.
	 */
	private static String column(Set<DayOfWeek> days) {
		return days.stream().map((day) -> day.name().substring(0, 3)).collect(Collectors.joining(","));
	}

	private static Set<DayOfWeek> days(String column) {
		return Arrays.stream(column.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map(ServiceHoursService::day)
			.collect(Collectors.toSet());
	}

	private static DayOfWeek day(String shortName) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().startsWith(shortName.toUpperCase(Locale.ROOT))) {
				return day;
			}
		}
		throw new IllegalStateException("not a day: " + shortName);
	}

}
