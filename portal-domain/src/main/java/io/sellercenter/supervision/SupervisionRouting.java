package io.sellercenter.supervision;

import java.util.List;
import java.util.Map;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.product.Handler;
import io.sellercenter.product.Handlers;
import io.sellercenter.product.ProductGrantChanged;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.supervision.SupervisionMapper.NewEntry;
import io.sellercenter.supervision.SupervisionMapper.Ref;
import io.sellercenter.user.SubUserWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation follows the product, as for tickets: a new primary handler takes the
 * product's open tasks that sit with the main account; a user who loses the product
 * (grant revoked or expired, disabled, removed) hands theirs back to the primary handler,
 * else the main account. Each move is on the timeline, audited and told.
 */
@Component
public class SupervisionRouting {

	enum Reason {

		PRIMARY_GRANTED, GRANT_REVOKED, USER_DISABLED, USER_REMOVED, ACCESS_ENDED

	}

	private final SupervisionMapper tasks;

	private final TaskRecords records;

	private final TaskNotices notices;

	private final Handlers handlers;

	private final AuditLog audit;

	SupervisionRouting(SupervisionMapper tasks, TaskRecords records, TaskNotices notices, Handlers handlers,
			AuditLog audit) {
		this.tasks = tasks;
		this.records = records;
		this.notices = notices;
		this.handlers = handlers;
		this.audit = audit;
	}

	@EventListener
	void grantChanged(ProductGrantChanged change) {
		if (!change.revoked() && change.primaryHandler()) {
			Handler main = this.handlers.mainAccount(change.merchant());
			Handler handler = this.handlers.user(change.merchant(), change.userId()).orElseThrow();
			for (long id : this.tasks.openOf(change.merchant(), main.id(), change.productId())) {
				handOver(change.merchant(), id, handler, Reason.PRIMARY_GRANTED, change.actor());
			}
		}
		else if (change.revoked()) {
			for (long id : this.tasks.openOf(change.merchant(), change.userId(), change.productId())) {
				handBack(change.merchant(), id, change.userId(), Reason.GRANT_REVOKED, change.actor());
			}
		}
	}

	@EventListener
	void subUserWithdrawn(SubUserWithdrawn withdrawn) {
		Reason reason = withdrawn.removed() ? Reason.USER_REMOVED : Reason.USER_DISABLED;
		for (long id : this.tasks.openOf(withdrawn.merchant(), withdrawn.userId(), null)) {
			handBack(withdrawn.merchant(), id, withdrawn.userId(), reason, withdrawn.actor());
		}
	}

	/** Hands back the open tasks of sub-users whose grant expired. */
	@Transactional
	public int handBackStranded(int limit) {
		List<Ref> stranded = this.tasks.stranded(this.records.now(), limit);
		for (Ref task : stranded) {
			MerchantId merchant = new MerchantId(task.merchantId());
			this.tasks.lock(merchant, task.id())
				.ifPresent((row) -> handBack(merchant, row.id, row.handlerUserId, Reason.ACCESS_ENDED,
						Actor.system("portal", merchant)));
		}
		return stranded.size();
	}

	private void handBack(MerchantId merchant, long id, long leaving, Reason reason, Actor actor) {
		TaskRow task = this.tasks.lock(merchant, id).orElseThrow();
		handOver(merchant, id, this.handlers.handBackTo(merchant, task.productId, leaving, this.records.now()), reason,
				actor);
	}

	private void handOver(MerchantId merchant, long id, Handler to, Reason reason, Actor actor) {
		TaskRow task = this.tasks.lock(merchant, id).orElseThrow();
		if (task.handlerUserId == to.id() || task.step().ended()) {
			return;
		}
		String from = task.handlerName;
		task.handlerUserId = to.id();
		NewEntry entry = TaskRecords.entry(task, EntryKind.HANDED_OVER, actor.userId(), actor.name());
		entry.detail = reason.name();
		entry.text = to.name();
		// The due time stays: the step did not change hands' deadline.
		this.records.write(task, task.step(), entry);
		this.audit.record(actor, AuditAction.SUPERVISION_HANDED_OVER, AuditTarget.SUPERVISION_TASK, task.taskNo,
				Map.of("handler", String.valueOf(from)), Map.of("handler", to.name(), "reason", reason.name()));
		task.handlerName = to.name();
		this.notices.toHandler(task, NotificationEvent.SUPERVISION_ASSIGNED, Map.of());
	}

}
