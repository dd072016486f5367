package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.order.OrderSettlement;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.supervision.SupervisionMapper.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators' side: the queue of appeals (open ones by due date), an appeal with its
 * task's whole timeline and documents, and the decision, taken once: complete the task as
 * accepted, return it to a step, or close the order with a refund. Operators also read
 * the unsubscribe requests merchants refused.
 */
@Service
public class SupervisionAppeals {

	private final SupervisionMapper tasks;

	private final TaskRecords records;

	private final TaskNotices notices;

	private final TaskEnd end;

	private final OrderSettlement orders;

	private final FileService files;

	private final AuditLog audit;

	SupervisionAppeals(SupervisionMapper tasks, TaskRecords records, TaskNotices notices, TaskEnd end,
			OrderSettlement orders, FileService files, AuditLog audit) {
		this.tasks = tasks;
		this.records = records;
		this.notices = notices;
		this.end = end;
		this.orders = orders;
		this.files = files;
		this.audit = audit;
	}

	public Page<AppealRow> queue(boolean open, PageRequest request) {
		return Page.load(request, () -> this.tasks.countAppeals(open),
				(r) -> this.tasks.appeals(open, r.offset(), r.size()));
	}

	public long openCount() {
		return this.tasks.countAppeals(true);
	}

	public Optional<AppealCase> appeal(long id) {
		return this.tasks.findAppeal(id).map((appeal) -> {
			TaskRow task = this.tasks.findById(appeal.taskRef).orElseThrow();
			MerchantId merchant = new MerchantId(task.merchantId);
			return new AppealCase(appeal, task.toTask(this.records.now()),
					TaskEntries.of(this.tasks, merchant, task.id), this.tasks.unsubscribesOf(task.id));
		});
	}

	/** A document of the appealed task; empty for any other file. */
	public Optional<StoredFile> document(long appealId, long fileId) {
		return this.tasks.findAppeal(appealId)
			.filter((appeal) -> this.tasks.hasAttachment(new MerchantId(appeal.merchantId), appeal.taskRef, fileId))
			.flatMap((appeal) -> this.files.findForOperator(fileId));
	}

	public Page<UnsubscribeRow> refusedUnsubscribes(PageRequest request) {
		return Page.load(request, this.tasks::countRefusedUnsubscribes,
				(r) -> this.tasks.refusedUnsubscribes(r.offset(), r.size()));
	}

	/**
	 * Decides an open appeal; a second decision (another operator, a double submit) is
	 * refused with {@code decided}, as the appeal's row lock orders them.
	 * @param returnTo the step for {@link Decision#RETURN}
	 */
	@Transactional
	public void decide(long appealId, Actor operator, Decision decision, Step returnTo, String note) {
		if (decision == null) {
			throw new SupervisionRejected("decisionRequired");
		}
		String why = SupervisionService.text(note, SupervisionService.MAX_REASON);
		AppealRow appeal = this.tasks.lockAppeal(appealId).orElseThrow(() -> new SupervisionRejected("notFound"));
		if (!appeal.open()) {
			throw new SupervisionRejected("decided");
		}
		if (decision == Decision.RETURN && (returnTo == null || !returnTo.returnable())) {
			throw new SupervisionRejected("returnStepRequired");
		}
		MerchantId merchant = new MerchantId(appeal.merchantId);
		TaskRow task = this.tasks.lock(merchant, appeal.taskRef).orElseThrow();
		Step before = task.step();
		LocalDateTime now = this.records.now();
		NewEntry entry = TaskRecords.entry(task, EntryKind.APPEAL_DECIDED, null, operator.name());
		entry.text = why;
		entry.detail = decision.name();
		String refund = null;
		switch (decision) {
			case COMPLETE -> this.end.accepted(task, EndReason.OPERATOR_COMPLETED, now);
			case RETURN -> {
				task.frozen = false;
				task.step(returnTo, now);
			}
			case REFUND -> {
				refund = this.orders.unsubscribe(merchant, task.orderRef, task.lineRef, now);
				this.end.closed(task, EndReason.REFUNDED, now);
			}
		}
		if (before == task.step() && decision == Decision.RETURN) {
			// Same step again: the entry still says where it went.
			entry.fromStep = before.name();
			entry.toStep = task.step;
		}
		this.records.write(task, before, entry);
		appeal.status = "DECIDED";
		appeal.decision = decision.name();
		appeal.returnStep = (decision == Decision.RETURN) ? returnTo.name() : null;
		appeal.decisionNote = why;
		appeal.decidedBy = operator.name();
		appeal.decidedAt = now;
		this.tasks.decideAppeal(appeal);
		if (task.step().ended()) {
			this.end.settleOrder(task, now);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("decision", decision);
		after.put("step", task.step());
		if (refund != null) {
			after.put("refundOrder", refund);
		}
		this.audit.record(operator, AuditAction.SUPERVISION_APPEAL_DECIDED, AuditTarget.SUPERVISION_TASK, task.taskNo,
				Map.of("step", before, "frozen", true), after);
		this.notices.toHandlerAndMainAccount(task, NotificationEvent.SUPERVISION_APPEAL_DECIDED,
				Map.of("decision", decision.name()));
	}

}
