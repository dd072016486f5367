package io.sellercenter.supervision;

import java.time.LocalDateTime;

/**
 * An appeal as stored, with its task's number and merchant name for the operators' queue.
 */
public class AppealRow {

	public Long id;

	public long merchantId;

	public String merchantName;

	public long taskRef;

	public String taskNo;

	public String orderId;

	public String productNameZh;

	public String productNameEn;

	public long entryRef;

	public String step;

	public String grounds;

	public String status;

	public String decision;

	public String returnStep;

	public String decisionNote;

	public String decidedBy;

	public LocalDateTime appealedAt;

	public LocalDateTime dueAt;

	public LocalDateTime decidedAt;

	public boolean open() {
		return "OPEN".equals(this.status);
	}

	public Step stepValue() {
		return Step.valueOf(this.step);
	}

	public String productName(boolean english) {
		return (english && this.productNameEn != null) ? this.productNameEn : this.productNameZh;
	}

}
