package io.sellercenter.saas;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.order.ProvisionedInstances;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls the merchants for due production work, safe with several portal instances: due
 * items are claimed with {@code SKIP LOCKED} and leased for a while in one short
 * transaction, called outside it, and the verdict applied under the row's lock. An item
 * whose instance died mid-call is due again when its lease runs out (a create is
 * idempotent on order and line, so calling twice is safe). Retries follow
 * {@link RetryRule}; when they run out the work fails and the merchant is told.
 */
@Service
public class ProvisionRunner {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final ProvisionMapper work;

	private final SaasCaller caller;

	private final ProvisionedInstances instances;

	private final ProvisionNotices notices;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProvisionRunner(ProvisionMapper work, SaasCaller caller, ProvisionedInstances instances, ProvisionNotices notices,
			AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
		this.work = work;
		this.caller = caller;
		this.instances = instances;
		this.notices = notices;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Claims and calls up to {@code limit} due items.
	 * @return how many were called
	 */
	public int runDue(int limit) {
		List<Long> claimed = this.transactions.execute((status) -> {
			LocalDateTime now = now();
			List<Long> ids = this.work.due(now, limit);
			if (!ids.isEmpty()) {
				this.work.lease(ids, now.plus(RetryRule.LEASE));
			}
			return ids;
		});
		for (long id : claimed) {
			run(id, false);
		}
		return claimed.size();
	}

	/**
	 * "Call again" on an interface message: the work is called now, and failed work gets
	 * a fresh retry window.
	 * @return the verdict, or empty when the work is not the merchant's or is done
	 */
	public Optional<SaasCaller.Result> callAgain(Actor actor, long provisionId) {
		MerchantId merchant = actor.merchant();
		Boolean leased = this.transactions.execute((status) -> {
			Optional<ProvisionRow> found = this.work.find(merchant, provisionId);
			if (found.isEmpty() || found.get().state == ProvisionState.DONE) {
				return false;
			}
			ProvisionRow row = this.work.lock(provisionId).orElseThrow();
			LocalDateTime now = now();
			if (row.state == ProvisionState.FAILED) {
				row.state = ProvisionState.PENDING;
				row.giveUpAt = now.plus(RetryRule.of(row.activity).window());
				row.endedAt = null;
			}
			row.nextAt = now.plus(RetryRule.LEASE);
			this.work.update(row);
			this.audit.record(actor, AuditAction.SAAS_CALL_REPEATED, AuditTarget.SAAS_INTERFACE,
					Long.toString(merchant.value()), null,
					Map.of("activity", row.activity.wireName(), "orderLineId", row.orderLineId));
			return true;
		});
		return Boolean.TRUE.equals(leased) ? Optional.ofNullable(run(provisionId, true)) : Optional.empty();
	}

	private SaasCaller.Result run(long id, boolean byPerson) {
		ProvisionRow row = this.transactions.execute((status) -> this.work.lock(id).orElse(null));
		if (row == null || (!row.state.open() && !byPerson)) {
			return null;
		}
		Activity activity = (row.state == ProvisionState.POLLING) ? Activity.QUERY_INSTANCE : row.activity;
		MerchantId merchant = new MerchantId(row.merchantId);
		SaasCaller.Result result = this.caller.call(merchant, Purpose.PROVISION,
				new SaasCaller.Target(row.productId, row.orderId, row.orderLineId, row.instanceId, row.id), activity,
				fields(row, activity));
		this.transactions.executeWithoutResult((status) -> apply(id, result));
		return result;
	}

	private void apply(long id, SaasCaller.Result result) {
		ProvisionRow row = this.work.lock(id).orElseThrow();
		if (row.state == ProvisionState.DONE) {
			return;
		}
		LocalDateTime now = now();
		row.attempts++;
		row.lastCall = result.callId();
		MerchantId merchant = new MerchantId(row.merchantId);
		if (result.outcome() == Outcome.SUCCESS) {
			if (row.activity == Activity.NEW_INSTANCE) {
				if (result.instanceId() == null || !this.instances.add(merchant, row.lineRef, result.instanceId())) {
					retryOrFail(row, now, RetryRule.of(row.activity).every());
					this.work.update(row);
					return;
				}
				row.instanceId = result.instanceId();
			}
			row.state = ProvisionState.DONE;
			row.nextAt = null;
			row.endedAt = now;
		}
		else if (result.outcome() == Outcome.PROCESSING) {
			row.state = ProvisionState.POLLING;
			retryOrFail(row, now, RetryRule.POLL);
		}
		else {
			retryOrFail(row, now, RetryRule.of(row.activity).every());
		}
		this.work.update(row);
	}

	/** Calls again after {@code wait}, or fails the work when that is past its window. */
	private void retryOrFail(ProvisionRow row, LocalDateTime now, java.time.Duration wait) {
		LocalDateTime next = now.plus(wait);
		if (next.isAfter(row.giveUpAt)) {
			row.state = ProvisionState.FAILED;
			row.nextAt = null;
			row.endedAt = now;
			this.notices.failed(row);
			return;
		}
		if (row.state == ProvisionState.FAILED) {
			row.state = ProvisionState.PENDING;
		}
		row.nextAt = next;
	}

	/** The activity's parameters, as the marketplace documents them. */
	private Map<String, String> fields(ProvisionRow row, Activity activity) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orderId", row.orderId);
		fields.put("orderLineId", row.orderLineId);
		if (activity == Activity.NEW_INSTANCE) {
			LineFacts line = this.work.lineFacts(row.lineRef);
			fields.put("customerId", line.customerId());
			fields.put("customerName", line.customerName());
			fields.put("productId", Long.toString(line.productId()));
			fields.put("skuCode", Long.toString(line.specId()));
			fields.put("chargingMode", line.chargingMode().name());
			if (line.periodType() != null) {
				fields.put("periodType", line.periodType().wireName());
			}
			if (line.periodNumber() != null) {
				fields.put("periodNumber", line.periodNumber().toString());
			}
			if (line.expireAt() != null) {
				fields.put("expireTime", TIME.format(line.expireAt()));
			}
			return fields;
		}
		if (row.instanceId != null) {
			fields.put("instanceId", row.instanceId);
		}
		if (activity == Activity.UPDATE_INSTANCE_STATUS && row.params != null) {
			fields.put("instanceStatus", row.params);
		}
		if (activity == Activity.UPGRADE_INSTANCE) {
			fields.put("skuCode", row.params);
		}
		if (activity == Activity.REFRESH_INSTANCE) {
			LineFacts line = this.work.lineFacts(row.lineRef);
			fields.put("expireTime", row.params);
			fields.put("periodType", (line.periodType() != null) ? line.periodType().wireName() : "month");
			fields.put("periodNumber", (line.periodNumber() != null) ? line.periodNumber().toString() : "1");
		}
		return fields;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
