package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.List;
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

	public List<CodeCount> summary(Viewer viewer, LocalDateTime from, LocalDateTime to) {
		return this.mapper.summary(viewer, from, to);
	}

}
