package io.sellercenter.saas;

/** A debug request or case change refused, with the message key that says why. */
public final class DebugRejected extends RuntimeException {

	private final String messageKey;

	DebugRejected(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
