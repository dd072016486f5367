package io.sellercenter.saas;

import java.time.LocalDateTime;

/** One run of a saved case, as its history lists it. */
public record CaseRun(long id, Long callId, CaseRunKind kind, Outcome outcome, CallFailure failure, String resultCode,
		LocalDateTime ranAt) {

	public String resultMeaningKey() {
		return AnswerCheck.meaningKey(this.resultCode);
	}

}
