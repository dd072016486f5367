package io.sellercenter.supervision;

import java.time.LocalDateTime;

import io.sellercenter.order.OrderSettlement;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/**
 * Ends a task and, with the last open task of its order, the order: COMPLETED when a
 * delivery of it was accepted, else CANCELLED. An accepted delivery starts a period
 * line's validity at the service start the merchant entered, else at acceptance.
 */
@Component
class TaskEnd {

	private final SupervisionMapper tasks;

	private final OrderSettlement orders;

	private final TaskFigures figures;

	TaskEnd(SupervisionMapper tasks, OrderSettlement orders, TaskFigures figures) {
		this.tasks = tasks;
		this.orders = orders;
		this.figures = figures;
	}

	/** Accepted by the customer, or completed by an operator's decision. */
	void accepted(TaskRow task, EndReason reason, LocalDateTime at) {
		end(task, Step.COMPLETED, reason, at);
		task.acceptedAt = at;
		this.figures.accepted(task, at);
		MerchantId merchant = new MerchantId(task.merchantId);
		this.orders.startValidity(merchant, task.lineRef, (task.serviceStartAt != null) ? task.serviceStartAt : at);
	}

	/** Unsubscribed, refunded or cancelled: the line's refund is the caller's. */
	void closed(TaskRow task, EndReason reason, LocalDateTime at) {
		end(task, Step.CLOSED, reason, at);
	}

	/** After the task's row is written: ends the order when nothing of it is open. */
	void settleOrder(TaskRow task, LocalDateTime at) {
		if (this.tasks.countOpenOfOrder(task.orderRef) > 0) {
			return;
		}
		boolean anyAccepted = this.tasks.countAcceptedOfOrder(task.orderRef) > 0;
		this.orders.finish(new MerchantId(task.merchantId), task.orderRef,
				anyAccepted ? OrderStatus.COMPLETED : OrderStatus.CANCELLED, at);
	}

	private static void end(TaskRow task, Step step, EndReason reason, LocalDateTime at) {
		task.frozen = false;
		task.step(step, at);
		task.endedAt = at;
		task.endReason = reason.name();
	}

}
