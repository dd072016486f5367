package io.sellercenter.saas;

import java.time.LocalDateTime;

/**
 * A call made to a merchant's address, as kept: the request without its signature, the
 * answer (at most 4 KB), the verdict and when.
 */
public record Call(long id, Purpose purpose, Long productId, String activity, String orderId, String orderLineId,
		String instanceId, Contract contract, boolean testFlag, String method, String url, String requestBody,
		Integer httpStatus, String answer, String resultCode, Outcome outcome, CallFailure failure, Long provisionId,
		LocalDateTime startedAt, int durationMs) {

	/** The message key of the result code's meaning, or null without one. */
	public String resultMeaningKey() {
		return AnswerCheck.meaningKey(this.resultCode);
	}

}
