package io.sellercenter.supervision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A supervision task as stored, with the names the pages show joined in. Changed under
 * its row's lock by {@link TaskRecords} only.
 */
class TaskRow {

	Long id;

	long merchantId;

	String taskNo;

	long orderRef;

	String orderId;

	long lineRef;

	long productId;

	long specId;

	String productNameZh;

	String productNameEn;

	String specNameZh;

	String specNameEn;

	String chargingMode;

	String periodType;

	Integer periodNumber;

	BigDecimal amount;

	String currency;

	String customerId;

	String customerName;

	String customerAccountName;

	String companyName;

	String contactName;

	String contactPhone;

	String contactEmail;

	String step;

	boolean frozen;

	boolean pending;

	long handlerUserId;

	String handlerName;

	String routedTo;

	int confirmDays;

	int deliveryDays;

	LocalDateTime stepSince;

	LocalDateTime dueAt;

	boolean overdueNotified;

	boolean everOverdue;

	int rejections;

	int sentBack;

	int appeals;

	LocalDateTime serviceStartAt;

	LocalDateTime acceptedAt;

	LocalDateTime endedAt;

	String endReason;

	LocalDateTime remindedAt;

	LocalDateTime createdAt;

	LocalDateTime updatedAt;

	Step step() {
		return Step.valueOf(this.step);
	}

	/** Moves to a step: the step's clock starts again and the overdue notice with it. */
	void step(Step next, LocalDateTime at) {
		this.step = next.name();
		this.stepSince = at;
		this.overdueNotified = false;
		this.pending = next.side() == Step.Side.MERCHANT && !this.frozen;
	}

	Task toTask(LocalDateTime now) {
		return new Task(this.taskNo, this.orderId, this.productId, this.productNameZh, this.productNameEn,
				this.specNameZh, this.specNameEn, this.chargingMode, this.periodType, this.periodNumber, this.amount,
				this.currency, this.customerName, this.customerAccountName, this.companyName, this.contactName,
				this.contactPhone, this.contactEmail, step(), this.frozen, this.handlerUserId, this.handlerName,
				RoutedTo.valueOf(this.routedTo), this.stepSince, this.dueAt,
				this.dueAt != null && now.isAfter(this.dueAt), this.rejections, this.sentBack, this.appeals,
				this.serviceStartAt, this.acceptedAt, this.endedAt,
				(this.endReason != null) ? EndReason.valueOf(this.endReason) : null, this.createdAt);
	}

}
