package io.sellercenter.saas;

import java.time.LocalDateTime;

/** A call to insert; MyBatis sets {@code id}. */
final class CallRow {

	long id;

	Purpose purpose;

	Long productId;

	String activity;

	String orderId;

	String orderLineId;

	String instanceId;

	Contract contract;

	boolean testFlag;

	String method;

	String url;

	String requestBody;

	Integer httpStatus;

	String answer;

	String resultCode;

	Outcome outcome;

	CallFailure failure;

	Long provisionId;

	LocalDateTime startedAt;

	int durationMs;

}
