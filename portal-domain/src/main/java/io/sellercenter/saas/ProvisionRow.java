package io.sellercenter.saas;

import java.time.LocalDateTime;

/** A piece of production work: one activity for one order line (and instance). */
final class ProvisionRow {

	long id;

	long merchantId;

	long productId;

	long orderRef;

	String orderId;

	long lineRef;

	String orderLineId;

	Activity activity;

	String target = "";

	String instanceId;

	String params;

	ProvisionState state;

	int attempts;

	LocalDateTime nextAt;

	LocalDateTime giveUpAt;

	Long lastCall;

	LocalDateTime createdAt;

	LocalDateTime endedAt;

}
