package io.sellercenter.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A record's verdict, with what validation read from it; {@code code} null when accepted.
 */
record Verdict(long id, RejectionCode code, Long productId, LocalDateTime beginAt, LocalDateTime endAt,
		BigDecimal value, String cycle, LocalDateTime cutoffAt, Long previousId, String acceptedSn,
		String acceptedWindow) {

	boolean accepted() {
		return this.code == null;
	}

	public String state() {
		return accepted() ? "ACCEPTED" : "REJECTED";
	}

	public String codeText() {
		return (this.code != null) ? this.code.code() : null;
	}

	/**
	 * This acceptance turned into a rejection: the database found the record a duplicate
	 * (005, 010). It keeps what a rejection at that point of the checks keeps.
	 */
	Verdict rejected(RejectionCode reason) {
		return new Verdict(this.id, reason, null, null, this.endAt, null, null, this.cutoffAt, this.previousId, null,
				null);
	}

}
