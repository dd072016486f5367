package io.sellercenter.saas;

import java.time.LocalDateTime;

/** A case to insert; MyBatis sets {@code id}. */
final class CaseRow {

	long id;

	long productId;

	String name;

	String activity;

	String orderId;

	String orderLineId;

	String orderMode;

	String instanceId;

	String fields;

	Outcome lastOutcome;

	LocalDateTime lastRunAt;

	Long lastCall;

	LocalDateTime nextDialAt;

	Long createdBy;

	LocalDateTime createdAt;

}
