package io.sellercenter.idp.merchant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.jspecify.annotations.Nullable;

/** The last calls the demo server received, newest first, with what it answered. */
class ReceivedCalls {

	static final int KEPT = 50;

	private final Deque<Call> calls = new ConcurrentLinkedDeque<>();

	void add(Call call) {
		this.calls.addFirst(call);
		while (this.calls.size() > KEPT) {
			this.calls.pollLast();
		}
	}

	List<Call> list() {
		return new ArrayList<>(this.calls);
	}

	/**
	 * @param contract {@code V1} or {@code V2}
	 * @param accessKey the key that signed it, null when none did
	 * @param answer the resultCode, or {@code HTTP 500}
	 */
	record Call(Instant at, String contract, @Nullable String activity, @Nullable String testFlag,
			@Nullable String accessKey, String answer) {
	}

}
