package io.sellercenter.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import io.sellercenter.shared.MerchantId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes platform calls idempotent on their event id. The change and the record of its
 * answer commit together: a repeated call with the same request gets the stored answer
 * and changes nothing; the same event id with another request is a {@link Conflict}. Two
 * identical calls at once: the second waits on the first's event row and then gets its
 * answer. A refused call stores nothing, so its event id may be used again.
 */
@Service
public class PlatformEvents {

	private final PlatformEventMapper events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PlatformEvents(PlatformEventMapper events, PlatformTransactionManager transactions, Clock clock) {
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The answer of the call: the stored one for a repeat, else {@code work}'s (run in a
	 * transaction with the record of its answer).
	 * @param requestHash a digest of everything that makes the request this request
	 * (target and body)
	 * @throws Conflict when the event id was used with another request
	 */
	public Answer handle(String eventId, String kind, String requestHash, Supplier<Answer> work) {
		Optional<Answer> earlier = earlier(eventId, kind, requestHash);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return this.transaction.execute((status) -> {
				Answer answer = work.get();
				this.events.insert(eventId, kind, requestHash, answer.merchant(), answer.status(), answer.body(),
						LocalDateTime.now(this.clock));
				return answer;
			});
		}
		catch (DuplicateKeyException ex) {
			// The same event, handled meanwhile by another instance or thread.
			return earlier(eventId, kind, requestHash).orElseThrow(() -> ex);
		}
	}

	private Optional<Answer> earlier(String eventId, String kind, String requestHash) {
		return this.events.find(eventId).map((stored) -> {
			if (!stored.kind().equals(kind) || !stored.requestHash().equals(requestHash)) {
				throw new Conflict(eventId);
			}
			return new Answer(stored.responseStatus(), stored.responseBody(), null);
		});
	}

	/** The answer to a call: an HTTP status and a JSON body, and whose it was. */
	public record Answer(int status, String body, MerchantId merchant) {

	}

	/** The event id was used before with another request. */
	public static class Conflict extends RuntimeException {

		public Conflict(String eventId) {
			super("event " + eventId + " was used with another request");
		}

	}

}
