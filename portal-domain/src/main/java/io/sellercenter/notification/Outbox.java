package io.sellercenter.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail and SMS waiting to be sent. A sender claims due rows with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and, in the same short transaction, leases
 * them by moving their due time past the time sending may take; it sends outside any
 * transaction and then records the outcome. So several portal instances never claim the
 * same row, no lock is held while talking to a mail server, and a row whose sender died
 * is due again when its lease ends (delivery is at least once).
 */
@Service
public class Outbox {

	static final int MAX_ERROR_LENGTH = 1000;

	private final OutboxMapper mapper;

	private final Clock clock;

	Outbox(OutboxMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void enqueue(MerchantId merchant, NotificationEvent event, Channel channel, String address,
			NotificationLanguage language, String args, String link) {
		this.mapper.insert(merchant, event, channel, address, language.tag(), args, link, now());
	}

	/**
	 * Up to {@code limit} due messages, now held by this sender for {@code lease}. Read
	 * committed: under repeatable read the claim would also lock the gaps between rows,
	 * and two senders moving rows within the due index then deadlock on each other's
	 * gaps.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public List<OutboxMessage> claimDue(int limit, Duration lease) {
		LocalDateTime now = now();
		List<OutboxMessage.Row> due = this.mapper.lockDue(now, limit);
		if (due.isEmpty()) {
			return List.of();
		}
		this.mapper.lease(due.stream().map(OutboxMessage.Row::id).toList(), now.plus(lease));
		return due.stream().map(OutboxMessage.Row::claimed).toList();
	}

	public void markSent(OutboxMessage message) {
		this.mapper.markSent(message.id(), message.attempts(), now());
	}

	/**
	 * Not sent because the channel is not set up here; kept apart from SENT on purpose.
	 */
	public void markSkipped(OutboxMessage message, String reason) {
		this.mapper.markSkipped(message.id(), message.attempts(), truncate(reason));
	}

	/**
	 * Records a failed attempt: due again after the policy's back-off, or FAILED for good
	 * when the attempts are used up.
	 * @return true when the message was given up
	 */
	public boolean markFailed(OutboxMessage message, String error, RetryPolicy policy) {
		if (policy.exhausted(message.attempts())) {
			this.mapper.markFailed(message.id(), message.attempts(), truncate(error));
			return true;
		}
		this.mapper.retryLater(message.id(), message.attempts(), truncate(error),
				now().plus(policy.delayAfter(message.attempts())));
		return false;
	}

	/**
	 * Deletes finished messages (sent, failed for good, skipped) older than {@code keep},
	 * at most {@code limit}; returns how many. The outbox is a work queue, not a record:
	 * kept long enough to answer "was it sent, and what went wrong", it must not grow for
	 * ever.
	 */
	@Transactional
	public int purge(Duration keep, int limit) {
		return this.mapper.purge(now().minus(keep), limit);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private static String truncate(String text) {
		return (text != null && text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}
