package io.sellercenter.supervision;

import java.time.LocalDateTime;

/** An unsubscribe request as stored, with its task's number, order and product. */
public class UnsubscribeRow {

	public Long id;

	public long merchantId;

	public String merchantName;

	public long taskRef;

	public String taskNo;

	public String orderId;

	public String customerName;

	public String productNameZh;

	public String productNameEn;

	public String status;

	public String reason;

	public String refusal;

	public String decidedBy;

	public String refundOrderId;

	public LocalDateTime requestedAt;

	public LocalDateTime decidedAt;

	public boolean open() {
		return "REQUESTED".equals(this.status);
	}

	public String productName(boolean english) {
		return (english && this.productNameEn != null) ? this.productNameEn : this.productNameZh;
	}

}
