package io.sellercenter.audit;

import io.sellercenter.shared.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditLog {

	private final AuditMapper mapper;

	private final Clock clock;

	AuditLog(AuditMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * Records one state change. It joins the caller's transaction, so a change and its
	 * audit entry are written together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Actor actor, String action, String targetType, String targetId, String before, String after) {
		this.mapper.insert(actor, action, targetType, targetId, truncate(before), truncate(after),
				LocalDateTime.now(this.clock));
	}

	public void record(Actor actor, String action, String targetType, String targetId) {
		record(actor, action, targetType, targetId, null, null);
	}

	public List<AuditEntry> recent(MerchantId merchant, int limit) {
		return this.mapper.findRecent(merchant, limit);
	}

	/**
	 * A merchant's log (its main account) or, with a null merchant, everyone's
	 * (operators).
	 */
	public Page<AuditEntry> search(MerchantId merchant, AuditFilter filter, PageRequest page) {
		return Page.load(page, () -> this.mapper.count(merchant, filter),
				(at) -> this.mapper.search(merchant, filter, at.offset(), at.size()));
	}

	private static String truncate(String value) {
		return (value != null && value.length() > 60_000) ? value.substring(0, 60_000) : value;
	}

}
