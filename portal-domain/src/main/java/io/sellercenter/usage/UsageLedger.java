package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.product.Viewer;

import org.springframework.stereotype.Service;

/** 话单管理: every record with its fate, for the merchant (and sub-users, through grants). */
@Service
public class UsageLedger {

	private final LedgerMapper mapper;

	UsageLedger(LedgerMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Up to {@code size} records after {@code before} (null: the newest), newest first.
	 */
	public List<UsageEntry> page(Viewer viewer, UsageFilter filter, Long before, int size) {
		return this.mapper.page(viewer, filter, before, Math.min(Math.max(size, 1), 200));
	}

	public Optional<UsageEntry> find(Viewer viewer, long id) {
		return this.mapper.find(viewer, id);
	}

	public Optional<UsageRequestInfo> request(Viewer viewer, long requestId) {
		return this.mapper.request(viewer, requestId);
	}

	public List<UsageEntry> reReports(Viewer viewer, long id) {
		return this.mapper.reReports(viewer, id);
	}

	/**
	 * How many records received in {@code [from, to)} were accepted, rejected and billed
	 * (state to count; a state none reached is absent). Records still waiting for their
	 * verdict are not counted.
	 */
	public Map<String, Long> stateCounts(Viewer viewer, LocalDateTime from, LocalDateTime to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.mapper.stateCounts(viewer, from, to).forEach((c) -> counts.put(c.code(), c.count()));
		return counts;
	}

	public List<CodeCount> summary(Viewer viewer, LocalDateTime from, LocalDateTime to) {
		return this.mapper.summary(viewer, from, to);
	}

	/**
	 * How many records of the period were rejected, counted no further than {@code cap}
	 * (a to-do shows "cap+" beyond it).
	 */
	public long rejectedCapped(Viewer viewer, LocalDateTime from, LocalDateTime to, int cap) {
		return this.mapper.countRejectedCapped(viewer, from, to, cap);
	}

	/** The products the viewer may filter the ledger by. */
	public List<LedgerProduct> products(Viewer viewer) {
		return this.mapper.products(viewer);
	}

	/**
	 * The accepted record that a duplicate (005, 010) repeats, if the viewer may see it.
	 */
	public Optional<UsageEntry> clash(Viewer viewer, UsageEntry entry) {
		Optional<Long> id = Optional.empty();
		if (RejectionCode.SN_ACCEPTED.code().equals(entry.code()) && entry.meteringSn() != null) {
			id = this.mapper.clash(viewer, entry.meteringSn(), null);
		}
		else if (RejectionCode.DUPLICATE.code().equals(entry.code())) {
			id = this.mapper.clash(viewer, null,
					UsageValidator.window(entry.instanceId(), entry.beginTime(), entry.endTime()));
		}
		return id.flatMap((accepted) -> this.mapper.find(viewer, accepted));
	}

	/**
	 * Until when the rejected record, pushed again corrected for the same period, is
	 * still taken: by the validator's own rules, from its times as sent and how its
	 * instance is charged. Empty when pushing it again cannot help, or when its times or
	 * instance (the merchant's own) are unknown.
	 */
	public Optional<LocalDateTime> reReportDeadline(Viewer viewer, UsageEntry entry) {
		if (!"REJECTED".equals(entry.state()) || entry.code() == null
				|| !RejectionCode.of(entry.code()).fixedByPushingAgain()) {
			return Optional.empty();
		}
		LocalDateTime begin = UsageValidator.time(entry.beginTime());
		LocalDateTime end = UsageValidator.time(entry.endTime());
		if (begin == null || end == null || entry.instanceId() == null) {
			return Optional.empty();
		}
		return this.mapper.chargingMode(viewer, entry.instanceId())
			.map((mode) -> UsageValidator.takenUntil(begin, UsageValidator.cutoff(UsageValidator.cycle(mode), end)));
	}

}
