package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.order.OrderSettlement;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.supervision.SupervisionMapper.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of supervision: the lists, a task's page, and the steps (confirm or
 * send back the requirement, deliver, appeal, answer an unsubscribe request). A task is
 * seen by the main account and by sub-users with a SERVE or MANAGE grant of its product
 * (anyone else: not found); it is acted on by its handler or the main account. Every step
 * is checked against {@link Action}, written to the timeline and audited.
 */
@Service
public class SupervisionService {

	public static final int COUNT_CAP = 1_000;

	static final int MAX_TEXT = 5_000;

	static final int MAX_REASON = 2_000;

	static final int MAX_PROOF = 5;

	/** Operators decide an appeal within this. */
	static final int APPEAL_DAYS = 3;

	private final SupervisionMapper tasks;

	private final TaskRecords records;

	private final TaskNotices notices;

	private final TaskFigures figures;

	private final TaskEnd end;

	private final OrderSettlement orders;

	private final FileService files;

	private final AuditLog audit;

	SupervisionService(SupervisionMapper tasks, TaskRecords records, TaskNotices notices, TaskFigures figures,
			TaskEnd end, OrderSettlement orders, FileService files, AuditLog audit) {
		this.tasks = tasks;
		this.records = records;
		this.notices = notices;
		this.figures = figures;
		this.end = end;
		this.orders = orders;
		this.files = files;
		this.audit = audit;
	}

	/** Two statements: the capped count and the page. */
	public TaskPage search(Viewer viewer, long me, TaskFilter filter, PageRequest request) {
		LocalDateTime now = this.records.now();
		long counted = this.tasks.countCapped(viewer, me, filter, now, COUNT_CAP + 1);
		long total = Math.min(counted, COUNT_CAP);
		PageRequest bounded = request.within(total);
		List<Task> items = (total == 0) ? List.of()
				: this.tasks.search(viewer, me, filter, now, bounded.offset(), bounded.size())
					.stream()
					.map((row) -> row.toTask(now))
					.toList();
		return new TaskPage(Page.of(items, bounded, total), counted > COUNT_CAP);
	}

	/** For the home page: steps waiting on me, and overdue tasks I may see. */
	public Counts counts(Viewer viewer, long me) {
		return new Counts(this.tasks.countPending(viewer, me), this.tasks.countOverdue(viewer, this.records.now()));
	}

	public Optional<TaskDetails> details(Viewer viewer, long me, String taskNo) {
		return visible(viewer, taskNo).map((row) -> {
			LocalDateTime now = this.records.now();
			Task task = row.toTask(now);
			boolean mayAct = mayAct(viewer, me, row);
			Set<Action> allowed = mayAct ? Action.allowed(task, now) : Set.of();
			return new TaskDetails(task, TaskEntries.of(this.tasks, viewer.merchant(), row.id), allowed,
					Action.grounds(task, now).orElse(null), Action.appealableFrom(task), this.tasks.appealsOf(row.id),
					this.tasks.unsubscribesOf(row.id), mayAct);
		});
	}

	/** A document of a task the viewer may see; empty for any other. */
	public Optional<StoredFile> document(Viewer viewer, String taskNo, long fileId) {
		return visible(viewer, taskNo).filter((row) -> this.tasks.hasAttachment(viewer.merchant(), row.id, fileId))
			.flatMap((row) -> this.files.find(viewer.merchant(), FileKind.Owner.SUPERVISION, fileId));
	}

	/**
	 * The figures per product the viewer may see, and the merchant's (or their) total.
	 */
	public SupervisionFigures figures(Viewer viewer) {
		return SupervisionFigures.of(this.tasks.figures(viewer), this.tasks.acceptanceHours(viewer));
	}

	@Transactional
	public void confirm(Viewer viewer, Actor actor, String taskNo, String note) {
		TaskRow task = actionable(viewer, actor, taskNo, Action.CONFIRM);
		Step before = task.step();
		task.step(Step.DELIVERING, this.records.now());
		NewEntry entry = TaskRecords.entry(task, EntryKind.REQUIREMENT_CONFIRMED, actor.userId(), actor.name());
		entry.text = optional(note, MAX_TEXT);
		write(task, before, actor, entry, AuditAction.SUPERVISION_REQUIREMENT_CONFIRMED, List.of(), null);
	}

	@Transactional
	public void sendBack(Viewer viewer, Actor actor, String taskNo, String reason) {
		TaskRow task = actionable(viewer, actor, taskNo, Action.SEND_BACK);
		Step before = task.step();
		String why = text(reason, MAX_REASON);
		task.sentBack++;
		task.step(Step.AWAITING_REQUIREMENT, this.records.now());
		NewEntry entry = TaskRecords.entry(task, EntryKind.REQUIREMENT_SENT_BACK, actor.userId(), actor.name());
		entry.text = why;
		write(task, before, actor, entry, AuditAction.SUPERVISION_REQUIREMENT_SENT_BACK, List.of(), null);
	}

	@Transactional
	public void deliver(Viewer viewer, Actor actor, String taskNo, Delivery delivery) {
		TaskRow task = actionable(viewer, actor, taskNo, Action.DELIVER);
		Step before = task.step();
		LocalDateTime now = this.records.now();
		if (delivery.acceptanceDocument() == null || delivery.acceptanceDocument().isEmpty()) {
			throw new SupervisionRejected("documentRequired");
		}
		if (delivery.proof().size() > MAX_PROOF) {
			throw new SupervisionRejected("tooManyFiles");
		}
		if (!delivery.namesOrder() || !delivery.namesCustomer() || !delivery.namesProduct()) {
			throw new SupervisionRejected("confirmationsRequired");
		}
		LocalDateTime start = delivery.serviceStartAt();
		if (start == null) {
			throw new SupervisionRejected("startRequired");
		}
		// Not before the order was paid (a day's slack for time zones), not in the
		// future.
		if (start.isBefore(task.createdAt.minusDays(1)) || start.isAfter(now.plusMinutes(5))) {
			throw new SupervisionRejected("startOutOfRange");
		}
		task.serviceStartAt = start;
		task.step(Step.AWAITING_ACCEPTANCE, now);
		NewEntry entry = TaskRecords.entry(task, EntryKind.DELIVERED, actor.userId(), actor.name());
		entry.text = optional(delivery.note(), MAX_TEXT);
		entry.startAt = start;
		List<Upload> uploads = new ArrayList<>();
		uploads.add(delivery.acceptanceDocument());
		uploads.addAll(delivery.proof());
		this.records.write(task, before, entry, uploads, DocumentRole.ACCEPTANCE);
		this.figures.delivered(task);
		audit(actor, AuditAction.SUPERVISION_DELIVERED, task, before);
	}

	/**
	 * Freezes the task for an operator, when the customer has been silent for more than 5
	 * days or has rejected more than 3 times.
	 */
	@Transactional
	public void appeal(Viewer viewer, Actor actor, String taskNo, String reason, List<Upload> proof) {
		TaskRow task = actionable(viewer, actor, taskNo, Action.APPEAL);
		Step before = task.step();
		LocalDateTime now = this.records.now();
		AppealGrounds grounds = Action.grounds(task.toTask(now), now).orElseThrow();
		String why = text(reason, MAX_REASON);
		List<Upload> files = (proof != null) ? proof.stream().filter((u) -> u != null && !u.isEmpty()).toList()
				: List.of();
		if (files.isEmpty()) {
			throw new SupervisionRejected("proofRequired");
		}
		if (files.size() > MAX_PROOF) {
			throw new SupervisionRejected("tooManyFiles");
		}
		task.frozen = true;
		task.pending = false;
		task.appeals++;
		NewEntry entry = TaskRecords.entry(task, EntryKind.APPEALED, actor.userId(), actor.name());
		entry.text = why;
		entry.detail = grounds.name();
		long entryId = this.records.write(task, before, entry, files, DocumentRole.APPEAL);
		AppealRow appeal = new AppealRow();
		appeal.merchantId = task.merchantId;
		appeal.taskRef = task.id;
		appeal.entryRef = entryId;
		appeal.step = before.name();
		appeal.grounds = grounds.name();
		appeal.status = "OPEN";
		appeal.appealedAt = now;
		appeal.dueAt = now.plusDays(APPEAL_DAYS);
		this.tasks.insertAppeal(appeal);
		this.figures.appealed(task);
		audit(actor, AuditAction.SUPERVISION_APPEALED, task, before);
		this.notices.toOperators(task, this.tasks.appealsOf(task.id).get(0).merchantName);
	}

	/**
	 * The unsubscribe requests the viewer may see, newest first; {@code status} may be
	 * null.
	 */
	public Page<UnsubscribeRow> unsubscribes(Viewer viewer, String status, PageRequest request) {
		return Page.load(request, () -> this.tasks.countUnsubscribes(viewer, status),
				(r) -> this.tasks.unsubscribes(viewer, status, r.offset(), r.size()));
	}

	/**
	 * Approves an unsubscribe request: the line is refunded by an UNSUBSCRIBE order, the
	 * task closes, and the order ends with it.
	 */
	@Transactional
	public String approveUnsubscribe(Viewer viewer, Actor actor, String taskNo) {
		TaskRow task = actionableOpen(viewer, actor, taskNo);
		UnsubscribeRow request = openRequest(task);
		LocalDateTime now = this.records.now();
		Step before = task.step();
		String refund = this.orders.unsubscribe(new MerchantId(task.merchantId), task.orderRef, task.lineRef, now);
		request.status = "APPROVED";
		request.decidedBy = actor.name();
		request.decidedAt = now;
		request.refundOrderId = refund;
		this.tasks.decideUnsubscribe(request);
		this.end.closed(task, EndReason.UNSUBSCRIBED, now);
		NewEntry entry = TaskRecords.entry(task, EntryKind.UNSUBSCRIBE_APPROVED, actor.userId(), actor.name());
		entry.detail = refund;
		write(task, before, actor, entry, AuditAction.SUPERVISION_UNSUBSCRIBE_APPROVED, List.of(), refund);
		this.end.settleOrder(task, now);
		return refund;
	}

	@Transactional
	public void refuseUnsubscribe(Viewer viewer, Actor actor, String taskNo, String reason) {
		TaskRow task = actionableOpen(viewer, actor, taskNo);
		UnsubscribeRow request = openRequest(task);
		String why = text(reason, MAX_REASON);
		LocalDateTime now = this.records.now();
		request.status = "REFUSED";
		request.refusal = why;
		request.decidedBy = actor.name();
		request.decidedAt = now;
		this.tasks.decideUnsubscribe(request);
		NewEntry entry = TaskRecords.entry(task, EntryKind.UNSUBSCRIBE_REFUSED, actor.userId(), actor.name());
		entry.text = why;
		write(task, task.step(), actor, entry, AuditAction.SUPERVISION_UNSUBSCRIBE_REFUSED, List.of(), null);
	}

	private UnsubscribeRow openRequest(TaskRow task) {
		UnsubscribeRow seen = this.tasks.openUnsubscribe(task.id)
			.orElseThrow(() -> new SupervisionRejected("noUnsubscribeRequest"));
		return this.tasks.lockUnsubscribe(new MerchantId(task.merchantId), seen.id)
			.filter(UnsubscribeRow::open)
			.orElseThrow(() -> new SupervisionRejected("noUnsubscribeRequest"));
	}

	private Optional<TaskRow> visible(Viewer viewer, String taskNo) {
		if (taskNo == null || taskNo.isBlank() || taskNo.length() > 64) {
			return Optional.empty();
		}
		return this.tasks.findVisible(viewer, taskNo);
	}

	/**
	 * The task, locked, when the viewer may see it and act on it and the action is
	 * allowed now. Not seeing it is {@code notFound} (the page answers 404).
	 */
	private TaskRow actionable(Viewer viewer, Actor actor, String taskNo, Action action) {
		TaskRow task = actionableOpen(viewer, actor, taskNo);
		if (!action.allowedOn(task.toTask(this.records.now()), this.records.now())) {
			throw new SupervisionRejected(task.frozen ? "frozen" : "notAllowed");
		}
		return task;
	}

	private TaskRow actionableOpen(Viewer viewer, Actor actor, String taskNo) {
		TaskRow seen = visible(viewer, taskNo).orElseThrow(() -> new SupervisionRejected("notFound"));
		TaskRow task = this.tasks.lock(viewer.merchant(), seen.id).orElseThrow();
		if (!mayAct(viewer, actor.userId(), task)) {
			throw new SupervisionRejected("notHandler");
		}
		if (task.step().ended()) {
			throw new SupervisionRejected("ended");
		}
		if (task.frozen) {
			throw new SupervisionRejected("frozen");
		}
		return task;
	}

	private static boolean mayAct(Viewer viewer, Long me, TaskRow task) {
		return viewer.mainAccount() || (me != null && me == task.handlerUserId);
	}

	private void write(TaskRow task, Step before, Actor actor, NewEntry entry, AuditAction action, List<Upload> uploads,
			String refund) {
		this.records.write(task, before, entry, uploads, DocumentRole.PROOF);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", task.step());
		if (refund != null) {
			after.put("refundOrder", refund);
		}
		this.audit.record(actor, action, AuditTarget.SUPERVISION_TASK, task.taskNo, Map.of("step", before), after);
	}

	private void audit(Actor actor, AuditAction action, TaskRow task, Step before) {
		this.audit.record(actor, action, AuditTarget.SUPERVISION_TASK, task.taskNo, Map.of("step", before),
				Map.of("step", task.step(), "frozen", task.frozen));
	}

	static String text(String text, int max) {
		String value = optional(text, max);
		if (value == null) {
			throw new SupervisionRejected("textRequired");
		}
		return value;
	}

	static String optional(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new SupervisionRejected("textTooLong");
		}
		return value;
	}

	/** The home page's figures. */
	public record Counts(long pendingOnMe, long overdue) {

	}

}
