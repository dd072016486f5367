package io.sellercenter.supervision;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Keeps the per-product figures in the transaction of the change that moves them, so they
 * are never recomputed from the tasks (the analytics pages will read the same tables).
 */
@Component
class TaskFigures {

	private final SupervisionMapper tasks;

	TaskFigures(SupervisionMapper tasks) {
		this.tasks = tasks;
	}

	void created(TaskRow task) {
		this.tasks.ensureFigure(task.merchantId, task.productId);
		bump(task, "tasks");
	}

	void delivered(TaskRow task) {
		bump(task, "deliveries");
	}

	void rejected(TaskRow task) {
		bump(task, "rejections");
	}

	/** The first appeal of a task counts it as appealed. */
	void appealed(TaskRow task) {
		if (task.appeals == 1) {
			bump(task, "appealed");
		}
	}

	/** The first overdue step of a task counts it as overdue. */
	void overdue(TaskRow task) {
		bump(task, "overdue");
	}

	void accepted(TaskRow task, LocalDateTime at) {
		bump(task, "accepted");
		long hours = Math.max(0, Duration.between(task.createdAt, at).toHours());
		this.tasks.addAcceptanceHours(task.merchantId, task.productId, (int) Math.min(hours, Integer.MAX_VALUE));
	}

	private void bump(TaskRow task, String column) {
		this.tasks.bumpFigure(task.merchantId, task.productId, column);
	}

}
