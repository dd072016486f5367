package io.sellercenter.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.supervision.SupervisionMapper.NewEntry;
import io.sellercenter.ticket.ServiceHours;
import io.sellercenter.ticket.ServiceHoursService;

import org.springframework.stereotype.Component;

/**
 * Writes what happened to a task: the row's new state with its step's due time, and an
 * entry of its timeline with its documents. Every change of a task goes through here,
 * under the row's lock, in the caller's transaction; nothing written is ever changed.
 */
@Component
class TaskRecords {

	/** The customer's steps are due in 5 calendar days. */
	static final int CUSTOMER_DAYS = 5;

	private final SupervisionMapper tasks;

	private final FileService files;

	private final ServiceHoursService hours;

	private final Clock clock;

	TaskRecords(SupervisionMapper tasks, FileService files, ServiceHoursService hours, Clock clock) {
		this.tasks = tasks;
		this.files = files;
		this.hours = hours;
		this.clock = clock;
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	static NewEntry entry(TaskRow task, EntryKind kind, Long actorUserId, String actorName) {
		NewEntry entry = new NewEntry();
		entry.merchantId = task.merchantId;
		entry.taskRef = task.id;
		entry.kind = kind.name();
		entry.actorUserId = actorUserId;
		entry.actorName = actorName;
		return entry;
	}

	/**
	 * The due time of the task's current step: the merchant's steps in working days of
	 * the merchant's service hours (confirming: the listing's N, default 2; delivering:
	 * the listing's delivery period), the customer's in 5 days; none while frozen or
	 * ended.
	 */
	LocalDateTime due(TaskRow task) {
		Step step = task.step();
		if (task.frozen || step.ended()) {
			return null;
		}
		return switch (step) {
			case CONFIRMING_REQUIREMENT -> hours(task).addWorkingDays(task.stepSince, task.confirmDays);
			case DELIVERING -> hours(task).addWorkingDays(task.stepSince, task.deliveryDays);
			default -> task.stepSince.plusDays(CUSTOMER_DAYS);
		};
	}

	private ServiceHours hours(TaskRow task) {
		return this.hours.of(new MerchantId(task.merchantId));
	}

	/**
	 * Stores the task's state (its due time computed anew) and the entry with its
	 * documents (nothing is written when one is refused: the caller's transaction rolls
	 * back).
	 */
	long write(TaskRow task, Step before, NewEntry entry, List<Upload> uploads, DocumentRole role) {
		LocalDateTime now = now();
		MerchantId merchant = new MerchantId(task.merchantId);
		if (before != task.step()) {
			entry.fromStep = before.name();
			entry.toStep = task.step;
		}
		entry.createdAt = (entry.createdAt != null) ? entry.createdAt : now;
		task.dueAt = due(task);
		task.updatedAt = now;
		this.tasks.update(task);
		this.tasks.insertEntry(entry);
		for (int i = 0; i < uploads.size(); i++) {
			StoredFile file = this.files.store(merchant, FileKind.SUPERVISION_DOCUMENT, uploads.get(i),
					entry.actorUserId);
			// The first document of a delivery is its acceptance document; the rest prove
			// it.
			DocumentRole as = (role == DocumentRole.ACCEPTANCE && i > 0) ? DocumentRole.PROOF : role;
			this.tasks.insertAttachment(merchant, task.id, entry.id, file.id(), as);
		}
		return entry.id;
	}

	long write(TaskRow task, Step before, NewEntry entry) {
		return write(task, before, entry, List.of(), DocumentRole.PROOF);
	}

}
