package io.sellercenter.usage;

import java.util.Map;

import io.sellercenter.usage.KeyService.PushKey;
import io.sellercenter.usage.SignedRequests.RateLimit;
import io.sellercenter.usage.SignedRequests.SignedRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Decides whether a usage push may be read: a body present, then the checks every signed
 * request passes ({@link SignedRequests}: headers, time, signature, key, nonce, rate),
 * each refusal answered with the push's MKT code. The body's size was bounded before any
 * of this (web/MachineApiFilter); its content is the controller's.
 */
@Component
class PushGuard {

	private final SignedRequests signed;

	private final RateLimit limit;

	PushGuard(SignedRequests signed, @Value("${portal.usage.requests-per-second:50}") int perSecond) {
		this.signed = signed;
		this.limit = new RateLimit("push", perSecond);
	}

	/** The push's key and time, or the answer that refuses it. */
	Admission check(String keyId, String ts, String nonce, String signature, byte[] body, String address) {
		if (body == null || body.length == 0) {
			return Admission
				.refused(PushAnswer.MISSING.response("access-key, ts, nonce, signature and a body are required"));
		}
		SignedRequests.Admission admission = this.signed.check(new SignedRequest(keyId, ts, nonce, signature, body),
				address, this.limit);
		if (admission.admitted()) {
			return new Admission(admission.key(), admission.timestamp(), null);
		}
		SignedRequests.Refusal refusal = admission.refusal();
		return Admission.refused(switch (refusal) {
			case MISSING -> PushAnswer.MISSING.response("access-key, ts, nonce, signature and a body are required");
			case BAD_TIMESTAMP, TOO_LONG, OUT_OF_WINDOW, NONCE_REUSED ->
				PushAnswer.BAD_FORMAT.response(refusal.detail());
			case BAD_SIGNATURE -> PushAnswer.BAD_SIGNATURE.response();
			case KEY_UNUSABLE -> PushAnswer.FOREIGN_KEY.response(refusal.detail());
			case ADDRESS_BLOCKED, KEY_BLOCKED -> PushAnswer.RATE_LIMITED.response(refusal.detail());
			case RATE_LIMITED -> PushAnswer.RATE_LIMITED.response();
		});
	}

	/**
	 * A push let through, with its key and its time ({@code ts}); or, with
	 * {@code refusal}, the answer that turns it away.
	 */
	record Admission(PushKey key, long timestamp, ResponseEntity<Map<String, String>> refusal) {

		static Admission refused(ResponseEntity<Map<String, String>> refusal) {
			return new Admission(null, 0, refusal);
		}

		boolean admitted() {
			return this.refusal == null;
		}

	}

}
