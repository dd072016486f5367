package io.sellercenter.saas;

import java.time.LocalDateTime;

/**
 * A failed production call (生产接口消息), with the work it was for and where that stands now.
 */
public record InterfaceMessage(long callId, long provisionId, long productId, String productNameZh,
		String productNameEn, String activity, String orderId, String orderLineId, String instanceId,
		LocalDateTime startedAt, Integer httpStatus, String resultCode, CallFailure failure, String answer,
		ProvisionState state, int attempts, LocalDateTime nextAt, LocalDateTime giveUpAt) {

	public String resultMeaningKey() {
		return AnswerCheck.meaningKey(this.resultCode);
	}

	/** A person may call again when the work is not done and not already running. */
	public boolean canCallAgain() {
		return this.state != ProvisionState.DONE;
	}

}
