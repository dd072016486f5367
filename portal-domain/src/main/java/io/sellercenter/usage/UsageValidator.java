package io.sellercenter.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every received usage record its verdict: ACCEPTED, or REJECTED with the code of
 * the marketplace's table. Several validators (threads, instances) run at once safely:
 * each claims its own records with SKIP LOCKED, and the database refuses a second
 * acceptance of the same metering_sn or instance window (unique keys).
 * <p>
 * Those unique keys also spare a batch two look-ups: it is judged and written first as if
 * no metering_sn or window of it had been accepted before (within the batch it is
 * checked), and only when the database refuses that are the accepted ones looked up and
 * the batch written again, record by record.
 */
@Service
public class UsageValidator {

	/** Records older than this (by begin_time) are not taken (007). */
	static final long MAX_AGE_DAYS = 21;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private final ValidationMapper mapper;

	private final BatchSql batches;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UsageValidator(ValidationMapper mapper, BatchSql batches, Clock clock, ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.batches = batches;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Judges up to {@code limit} received records; the number judged (0: nothing
	 * waiting).
	 * <p>
	 * READ COMMITTED: the claim then locks only the rows it takes. Under REPEATABLE READ
	 * it also locked the gap after the last received record, so every push that arrived
	 * meanwhile waited for the batch to commit, and validators on several threads or
	 * instances met in deadlocks at the end of the backlog. The look-ups see what other
	 * validators have committed, and the unique keys catch what they have not.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int validateBatch(int limit) {
		List<ClaimedRecord> records = this.batches.claim(limit);
		if (records.isEmpty()) {
			return 0;
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		Context context = context(records);
		try {
			List<Verdict> verdicts = new ArrayList<>(records.size());
			for (ClaimedRecord record : records) {
				verdicts.add(judge(record, context, now));
			}
			record(records, verdicts, now);
		}
		catch (DuplicateKeyException ex) {
			// The failed statement changed nothing, and the claim still holds the rows.
			rejudge(records, context.withAccepted(acceptedSns(records), acceptedWindows(records)), now);
		}
		return records.size();
	}

	/**
	 * The batch repeats a metering_sn or window accepted before it (a retried push, or
	 * another validator's acceptance since): judged again knowing the accepted ones and
	 * written in one statement again (a retried push is all duplicates, and must not cost
	 * a statement per record). Only if the database still finds a duplicate (accepted
	 * meanwhile, or equal to another only under the column's collation) is it written
	 * record by record, so that such a record is rejected alone rather than failing the
	 * batch for ever.
	 */
	private void rejudge(List<ClaimedRecord> records, Context context, LocalDateTime now) {
		// A copy: should this statement fail too, the record-by-record pass starts again
		// from what the database had accepted, not from this pass's acceptances.
		Context pass = context.copy();
		List<Verdict> verdicts = new ArrayList<>(records.size());
		for (ClaimedRecord record : records) {
			verdicts.add(judge(record, pass, now));
		}
		try {
			record(records, verdicts, now);
		}
		catch (DuplicateKeyException ex) {
			recordOneByOne(records, context, now);
		}
	}

	private void recordOneByOne(List<ClaimedRecord> records, Context context, LocalDateTime now) {
		for (ClaimedRecord record : records) {
			Verdict verdict = judge(record, context, now);
			try {
				record(List.of(record), List.of(verdict), now);
			}
			catch (DuplicateKeyException ex) {
				boolean snTaken = !this.batches
					.acceptedSns(Set.of(Map.entry(record.merchantId(), verdict.acceptedSn())))
					.isEmpty();
				this.batches.record(
						List.of(verdict.rejected(snTaken ? RejectionCode.SN_ACCEPTED : RejectionCode.DUPLICATE)), now);
			}
		}
	}

	/**
	 * Writes the verdicts and tells who counts accepted usage; a statement that fails (a
	 * duplicate) tells nothing.
	 */
	private void record(List<ClaimedRecord> records, List<Verdict> verdicts, LocalDateTime now) {
		this.batches.record(verdicts, now);
		Map<Long, Long> merchants = new HashMap<>();
		records.forEach((r) -> merchants.put(r.id(), r.merchantId()));
		List<UsageAccepted.Accepted> accepted = new ArrayList<>();
		for (Verdict verdict : verdicts) {
			if (verdict.accepted() && verdict.productId() != null) {
				accepted.add(new UsageAccepted.Accepted(merchants.get(verdict.id()), verdict.productId(),
						verdict.beginAt(), verdict.value()));
			}
		}
		if (!accepted.isEmpty()) {
			this.events.publishEvent(new UsageAccepted(accepted));
		}
	}

	/** Whether any received record waits for its verdict (no transaction, no lock). */
	public boolean anyWaiting() {
		return this.batches.anyReceived();
	}

	/**
	 * Collection into billing: accepted records past their cut-off become BILLED. Read
	 * committed, like validation, so that instances do not deadlock on gap locks.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int collect(int limit) {
		return this.mapper.bill(LocalDateTime.now(this.clock), limit);
	}

	/**
	 * What the batch's checks read from the database, loaded once per batch, and the
	 * metering_sns and windows accepted so far (by earlier batches when looked up, and by
	 * this batch as it is judged).
	 */
	private record Context(Map<String, InstanceFacts> instances, Set<String> acceptedSns, Set<String> acceptedWindows,
			Map<String, Long> rejected) {

		Context withAccepted(Set<String> sns, Set<String> windows) {
			return new Context(this.instances, sns, windows, this.rejected);
		}

		/** The same, with sets of its own to add this batch's acceptances to. */
		Context copy() {
			return new Context(this.instances, new HashSet<>(this.acceptedSns), new HashSet<>(this.acceptedWindows),
					this.rejected);
		}

	}

	private Context context(List<ClaimedRecord> records) {
		Set<String> instanceIds = new HashSet<>();
		for (ClaimedRecord r : records) {
			addIfPresent(instanceIds, r.instanceId());
			addIfPresent(instanceIds, r.relatePkgInstance());
		}
		Set<Map.Entry<Long, String>> sns = snPairs(records);
		Map<String, InstanceFacts> instances = instanceIds.isEmpty() ? Map.of()
				: this.batches.instances(instanceIds)
					.stream()
					.collect(Collectors.toMap(InstanceFacts::instanceId, Function.identity()));
		Map<String, Long> rejected = sns.isEmpty() ? Map.of() : this.batches.rejected(sns, records.get(0).id());
		return new Context(instances, new HashSet<>(), new HashSet<>(), rejected);
	}

	private Set<String> acceptedSns(List<ClaimedRecord> records) {
		Set<Map.Entry<Long, String>> sns = snPairs(records);
		return sns.isEmpty() ? new HashSet<>() : this.batches.acceptedSns(sns);
	}

	/** The batch's (merchant, metering_sn) pairs, leaving out records without one. */
	private static Set<Map.Entry<Long, String>> snPairs(List<ClaimedRecord> records) {
		Set<Map.Entry<Long, String>> pairs = new HashSet<>();
		for (ClaimedRecord r : records) {
			if (!blank(r.meteringSn())) {
				pairs.add(Map.entry(r.merchantId(), r.meteringSn()));
			}
		}
		return pairs;
	}

	private Set<String> acceptedWindows(List<ClaimedRecord> records) {
		Set<String> windows = records.stream()
			.map((r) -> window(r.instanceId(), r.beginTime(), r.endTime()))
			.collect(Collectors.toSet());
		return this.batches.acceptedWindows(windows);
	}

	private Verdict judge(ClaimedRecord r, Context context, LocalDateTime now) {
		String snKey = r.merchantId() + "/" + r.meteringSn();
		Long previous = (r.meteringSn() != null) ? context.rejected().get(snKey) : null;
		Rejection rejection = new Rejection(r.id(), previous, null, null);
		if (blank(r.meteringSn()) || r.meteringSn().length() > PushedRecord.MAX_ID) {
			return rejection.of(RejectionCode.SN_MISSING);
		}
		LocalDateTime begin = time(r.beginTime());
		LocalDateTime end = time(r.endTime());
		if (time(r.recordTime()) == null || begin == null || end == null) {
			return rejection.of(RejectionCode.TIME_FORMAT);
		}
		BigDecimal value = value(r.usageValue());
		if (value == null) {
			return rejection.of(RejectionCode.VALUE_ABNORMAL);
		}
		InstanceFacts instance = (r.instanceId() != null) ? context.instances().get(r.instanceId()) : null;
		if (instance == null) {
			return rejection.of(RejectionCode.INSTANCE_NOT_FOUND);
		}
		String cycle = cycle(instance.chargingMode());
		LocalDateTime cutoff = cutoff(cycle, end);
		// From here on a rejection knows its period, so the ledger can warn before its
		// re-report window closes.
		rejection = new Rejection(r.id(), previous, end, cutoff);
		if (instance.merchantId() != r.merchantId()) {
			return rejection.of(RejectionCode.OTHER_MERCHANT);
		}
		if (!instance.onDemand()) {
			return rejection.of(RejectionCode.NOT_ON_DEMAND);
		}
		if ("RELEASED".equals(instance.status())) {
			return rejection.of(RejectionCode.INSTANCE_RELEASED);
		}
		if ("DELISTED".equals(instance.productStatus())) {
			return rejection.of(RejectionCode.PRODUCT_DELISTED);
		}
		// Deadlines are judged at the time the record was received, not when a validator
		// gets to it: a backlog or an outage never rejects a record that came in time.
		LocalDateTime received = (r.receivedAt() != null) ? r.receivedAt() : now;
		if (begin.isAfter(end) || end.isAfter(received.plus(UsageIntake.CLOCK_WINDOW))
				|| begin.isBefore(instance.createdAt())
				|| (instance.releasedAt() != null && end.isAfter(instance.releasedAt()))
				|| (instance.expireAt() != null && end.isAfter(instance.expireAt()))) {
			return rejection.of(RejectionCode.TIME_RANGE);
		}
		if (begin.isBefore(received.minusDays(MAX_AGE_DAYS)) || !received.isBefore(cutoff)) {
			return rejection.of(RejectionCode.TOO_OLD);
		}
		// An instance bought as a stop-when-used-up package (用完即停套餐包) runs only on
		// its package: each of its records must say which package it draws down.
		if ((r.relatePkgInstance() == null && "ON_DEMAND_PKG".equals(instance.chargingMode()))
				|| (r.relatePkgInstance() != null
						&& !packageOf(instance, context.instances().get(r.relatePkgInstance())))) {
			return rejection.of(RejectionCode.PACKAGE);
		}
		if (context.acceptedSns().contains(snKey)) {
			return rejection.of(RejectionCode.SN_ACCEPTED);
		}
		String window = window(r.instanceId(), r.beginTime(), r.endTime());
		if (context.acceptedWindows().contains(window)) {
			return rejection.of(RejectionCode.DUPLICATE);
		}
		context.acceptedSns().add(snKey);
		context.acceptedWindows().add(window);
		return new Verdict(r.id(), null, instance.productId(), begin, end, value, cycle, cutoff, previous,
				r.meteringSn(), window);
	}

	/** Package draw-downs are billed daily, other on-demand use hourly. */
	static String cycle(String chargingMode) {
		return "ON_DEMAND_PKG".equals(chargingMode) ? "DAILY" : "HOURLY";
	}

	/**
	 * Until when a record of this period is still taken, as the checks above judge a
	 * record at its receipt: before its cut-off (007), and no more than 21 days after its
	 * begin (007).
	 */
	static LocalDateTime takenUntil(LocalDateTime begin, LocalDateTime cutoff) {
		LocalDateTime tooOld = begin.plusDays(MAX_AGE_DAYS);
		return tooOld.isBefore(cutoff) ? tooOld : cutoff;
	}

	/**
	 * Hourly-billed records are collected at minute 15 of the next hour, daily-billed
	 * ones at 01:00 the next day (UTC), counted from the end of the period used.
	 */
	static LocalDateTime cutoff(String cycle, LocalDateTime end) {
		LocalDateTime period = "DAILY".equals(cycle) ? end.minusNanos(1).truncatedTo(ChronoUnit.DAYS)
				: end.minusNanos(1).truncatedTo(ChronoUnit.HOURS);
		return "DAILY".equals(cycle) ? period.plusDays(1).plusHours(1) : period.plusHours(1).plusMinutes(15);
	}

	/**
	 * A package this instance may draw down: an ON_DEMAND_PKG instance of the same
	 * merchant, product and customer.
	 */
	private static boolean packageOf(InstanceFacts instance, InstanceFacts pkg) {
		return pkg != null && pkg.merchantId() == instance.merchantId() && pkg.productId() == instance.productId()
				&& "ON_DEMAND_PKG".equals(pkg.chargingMode()) && Objects.equals(pkg.customerId(), instance.customerId())
				&& !"RELEASED".equals(pkg.status());
	}

	/** A time of the push API, or null when it is not one. */
	static LocalDateTime time(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Above zero, at most four decimals, at most sixteen digits before the point. */
	private static BigDecimal value(String text) {
		if (text == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.trim());
			return (value.signum() > 0 && value.stripTrailingZeros().scale() <= 4
					&& value.precision() - value.scale() <= 16) ? value.setScale(4, java.math.RoundingMode.UNNECESSARY)
							: null;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	/** What {@code accepted_window} holds: an accepted record's instance and period. */
	static String window(String instanceId, String begin, String end) {
		return instanceId + "|" + begin + "|" + end;
	}

	private static void addIfPresent(Set<String> set, String value) {
		if (value != null && !value.isBlank()) {
			set.add(value);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A rejection of one record, keeping the link to the rejected attempt it re-reports.
	 */
	private record Rejection(long id, Long previous, LocalDateTime end, LocalDateTime cutoff) {

		Verdict of(RejectionCode code) {
			return new Verdict(this.id, code, null, null, this.end, null, null, this.cutoff, this.previous, null, null);
		}

	}

}
