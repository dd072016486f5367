package io.sellercenter.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.usage.UsageMapper.RequestRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a checked push: the request and all its records in one transaction, committed
 * before the API answers, so an acknowledged record is never lost and an unacknowledged
 * push is safe to retry (its records are told apart by metering_sn when validated).
 */
@Service
public class UsageIntake {

	/** The push API's limit of records per request. */
	public static final int MAX_RECORDS = 1000;

	/**
	 * The clock difference allowed between a merchant's servers and the portal: a push's
	 * {@code ts} may be this far from the portal's time, and a record's end this far
	 * after the time it was received.
	 */
	public static final Duration CLOCK_WINDOW = Duration.ofMinutes(5);

	private final UsageMapper mapper;

	private final BatchSql batches;

	private final KeyMapper keys;

	private final Clock clock;

	UsageIntake(UsageMapper mapper, BatchSql batches, KeyMapper keys, Clock clock) {
		this.mapper = mapper;
		this.batches = batches;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * READ COMMITTED: the records go into the validators' inbox by an INSERT ... SELECT
	 * of the push's own rows, which under REPEATABLE READ locks the request index's gap
	 * after them, so that every other push waited for this one to commit (a third more
	 * time per push at full load). Nothing else here reads.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public long accept(MerchantId merchant, String keyId, String nonce, long ts, String clientIp,
			List<PushedRecord> records) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		RequestRow row = new RequestRow();
		row.keyId = keyId;
		row.nonce = nonce;
		row.ts = ts;
		row.clientIp = clientIp;
		row.recordCount = records.size();
		row.receivedAt = now;
		this.mapper.insertRequest(merchant, row);
		if (!records.isEmpty()) {
			records.forEach(UsageIntake::checkLengths);
			this.batches.insert(merchant, row.id, records, now);
		}
		this.keys.touch(keyId, now, now.truncatedTo(ChronoUnit.MINUTES));
		return row.id;
	}

	/**
	 * Nothing is ever cut short to fit: the push API refuses a field longer than any
	 * valid value, and anything that reaches here unchecked is a bug, not data to trim.
	 */
	private static void checkLengths(PushedRecord record) {
		PushedRecord.Field field = record.overlongField();
		if (field != null) {
			throw new IllegalArgumentException(field.jsonName() + " is longer than " + field.maxLength());
		}
	}

}
