package io.sellercenter.usage;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Received usage records waiting for validation, as pushes of a thousand leave them:
 * twenty blocks of {@link #BLOCK}, the size of one validator claim, for on-demand
 * instances {@code ins-v-0} to {@code ins-v-9}, with metering_sn {@code v-N}. The first
 * records of every even block are repeated in the next block, which another validator
 * claims at the same moment: {@link #SN_COPIES} with the same metering_sn (another
 * window), {@link #WINDOW_COPIES} with the same instance window (another metering_sn).
 * Every block also has {@link #UNKNOWN} records of an instance that does not exist.
 */
final class UsageBacklog {

	static final int BLOCKS = 20;

	static final int BLOCK = 1000;

	static final int RECORDS = BLOCKS * BLOCK;

	static final int INSTANCES = 10;

	static final int SN_COPIES = 100;

	static final int WINDOW_COPIES = 100;

	static final int UNKNOWN = 50;

	/** Records of the backlog, by metering_sn, in SQL. */
	static final String WHERE = "metering_sn LIKE 'v-%'";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private UsageBacklog() {
	}

	static int expectedAccepted() {
		return RECORDS - expectedSnAccepted() - expectedDuplicates() - expectedUnknown();
	}

	/** 005: the copies of a metering_sn that another record got accepted with. */
	static int expectedSnAccepted() {
		return BLOCKS / 2 * SN_COPIES;
	}

	/** 010: the copies of an accepted instance window. */
	static int expectedDuplicates() {
		return BLOCKS / 2 * WINDOW_COPIES;
	}

	/** 001. */
	static int expectedUnknown() {
		return BLOCKS * UNKNOWN;
	}

	/**
	 * Writes the whole backlog in one transaction, as the intake writes a push, so every
	 * validator finds all of it at once.
	 */
	static void write(JdbcTemplate jdbc, long merchant) {
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		List<Object[]> records = records(now.minusMinutes(2));
		new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())).executeWithoutResult((tx) -> {
			long[] requests = new long[BLOCKS];
			for (int r = 0; r < BLOCKS; r++) {
				requests[r] = request(jdbc, merchant, now);
			}
			jdbc.batchUpdate("""
					INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time, begin_time, end_time,
					                          usage_value, metering_sn, received_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", records, BLOCK, (insert, record) -> {
				insert.setLong(1, merchant);
				insert.setLong(2, requests[(int) record[0]]);
				for (int c = 1; c < record.length; c++) {
					insert.setString(c + 2, (String) record[c]);
				}
				insert.setTimestamp(9, Timestamp.valueOf(now));
			});
			jdbc.update("INSERT INTO usage_inbox (record_id) SELECT id FROM usage_record WHERE merchant_id = ? AND "
					+ WHERE, merchant);
		});
	}

	/**
	 * Block number and the columns as pushed. All end at {@code end}, which leaves at
	 * least 13 minutes before their collection cut-off; windows differ by their begin.
	 */
	private static List<Object[]> records(LocalDateTime end) {
		List<Object[]> records = new ArrayList<>(RECORDS);
		for (int i = 0; i < RECORDS; i++) {
			int position = i % BLOCK;
			boolean copies = (i / BLOCK) % 2 == 1;
			int sn = (copies && position < SN_COPIES) ? i - BLOCK : i;
			boolean windowCopy = copies && position >= SN_COPIES && position < SN_COPIES + WINDOW_COPIES;
			int window = windowCopy ? i - BLOCK : i;
			boolean unknown = position >= SN_COPIES + WINDOW_COPIES && position < SN_COPIES + WINDOW_COPIES + UNKNOWN;
			String instance = unknown ? "ins-v-missing" : "ins-v-" + (window % INSTANCES);
			String begin = end.minusSeconds(60 + window).format(TIME);
			records
				.add(new Object[] { i / BLOCK, instance, end.format(TIME), begin, end.format(TIME), "1.5", "v-" + sn });
		}
		return records;
	}

	private static long request(JdbcTemplate jdbc, long merchant, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO usage_request (merchant_id, key_id, nonce, ts, record_count, received_at)
					VALUES (?, 'backlog', UUID(), 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, merchant);
			insert.setInt(2, BLOCK);
			insert.setTimestamp(3, Timestamp.valueOf(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

}
