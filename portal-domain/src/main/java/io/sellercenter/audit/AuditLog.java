package io.sellercenter.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.sellercenter.shared.Actor;
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
	 * Records one state change with the values of the fields it touched, before and after
	 * (a creation has none before, a removal none after): field name to a text, number,
	 * boolean, enum, time or a list of them. The pages show the fields that changed side
	 * by side, in words; a field's name is its label's key ({@code audit.field.<name>} or
	 * {@code field.<name>}). It joins the caller's transaction, so a change and its audit
	 * entry are written together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Actor actor, AuditAction action, AuditTarget target, String targetId, Map<String, ?> before,
			Map<String, ?> after) {
		this.mapper.insert(actor, action.name(), (target != null) ? target.name() : null, targetId,
				AuditDetails.write(before), AuditDetails.write(after), LocalDateTime.now(this.clock));
	}

	/** An action that changes no fields worth keeping (a sign-in, a deletion by id). */
	public void record(Actor actor, AuditAction action, AuditTarget target, String targetId) {
		record(actor, action, target, targetId, null, null);
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

}
