package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sellercenter.shared.MerchantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import static io.sellercenter.shared.MicrosecondTimeHandler.text;

/**
 * The statements a thousand usage records at a time go through on the hot paths: the
 * intake's insert, and the validator's claim, look-ups and verdicts, each one statement
 * per batch. The rarer statements are in the mappers.
 * <p>
 * Plain JDBC rather than MyBatis: MyBatis builds a statement with a {@code <foreach>}
 * anew on every call, with a regular expression and a reflective look-up per bound value,
 * and maps each row by reflection. For 1000 records of 10 values that was most of a
 * push's CPU and about 35 MB of garbage per push, and two thirds of the validator's CPU
 * (the profiles are in docs/benchmarks.md, "Usage records"). Here a statement's text is a
 * simple repetition, each value is bound straight onto it, and rows are read by position.
 */
@Component
class BatchSql {

	private static final String INSERT = "INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time,"
			+ " begin_time, end_time, usage_value, metering_sn, relate_pkg_instance, received_at) VALUES ";

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * The push's records into the validators' inbox, found by the request through its
	 * index (which holds the ids): it works with any auto-increment setting.
	 */
	private static final String INBOX = "INSERT INTO usage_inbox (record_id) SELECT id FROM usage_record WHERE request_id = ?";

	/**
	 * The verdicts travel as one JSON array of arrays, read back as a table by JSON_TABLE
	 * (MySQL 8.0, MariaDB 10.6) and inserted at the end of the verdict table, in record
	 * order: one short statement whatever the batch size (a derived table of a thousand
	 * UNION ALL SELECTs took the server about as long to parse as to write the rows). The
	 * merchant and the time received come from the record itself (primary key look-ups of
	 * rows the claim has just read). The primary key keeps a record from ever getting two
	 * verdicts.
	 */
	private static final String VERDICTS = """
			INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at, product_id,
			                           begin_at, end_at, value_dec, cycle, cutoff_at, previous_id, accepted_sn,
			                           accepted_window)
			SELECT v.id, r.merchant_id, v.state, v.code, ?, r.received_at, v.product_id, v.begin_at, v.end_at,
			       v.value_dec, v.cycle, v.cutoff_at, v.previous_id, v.accepted_sn, v.accepted_window
			FROM JSON_TABLE(?, '$[*]' COLUMNS (
			           id BIGINT PATH '$[0]', state VARCHAR(12) PATH '$[1]', code CHAR(3) PATH '$[2]',
			           product_id BIGINT PATH '$[3]', begin_at DATETIME(6) PATH '$[4]', end_at DATETIME(6) PATH '$[5]',
			           value_dec DECIMAL(20, 4) PATH '$[6]', cycle VARCHAR(8) PATH '$[7]',
			           cutoff_at DATETIME(6) PATH '$[8]', previous_id BIGINT PATH '$[9]',
			           accepted_sn VARCHAR(64) PATH '$[10]', accepted_window VARCHAR(200) PATH '$[11]')) AS v
			STRAIGHT_JOIN usage_record r ON r.id = v.id""";

	/** The judged records out of the inbox, in the verdicts' transaction. */
	private static final String DONE = """
			DELETE i FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS k
			STRAIGHT_JOIN usage_inbox i ON i.record_id = k.id""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The oldest records of the inbox, locked for this transaction (the inbox rows and
	 * the records); rows other validators hold, and those of pushes not yet committed,
	 * are skipped.
	 */
	private static final String CLAIM = """
			SELECT r.id, r.merchant_id, r.instance_id, r.record_time, r.begin_time, r.end_time, r.usage_value,
			       r.metering_sn, r.relate_pkg_instance, r.received_at
			FROM usage_inbox i
			STRAIGHT_JOIN usage_record r ON r.id = i.record_id
			ORDER BY i.record_id
			LIMIT ?
			FOR UPDATE SKIP LOCKED""";

	/**
	 * The facts of the batch's instances. The ids travel as one JSON array that drives
	 * the join, like the verdicts: MariaDB turns an IN list of 1000 values or more into a
	 * subquery join (in_predicate_conversion_threshold) that its optimizer may then read
	 * the wrong way round.
	 */
	private static final String INSTANCES = """
			SELECT i.instance_id, i.merchant_id, i.product_id, i.status, i.on_demand, i.created_at, i.expire_at,
			       i.released_at, l.charging_mode, p.status, o.customer_id
			FROM JSON_TABLE(?, '$[*]' COLUMNS (instance_id VARCHAR(128) PATH '$')) AS k
			STRAIGHT_JOIN order_instance i ON i.instance_id = k.instance_id
			JOIN order_line l ON l.id = i.line_ref
			JOIN product p ON p.id = i.product_id
			JOIN orders o ON o.id = i.order_ref""";

	/**
	 * The latest rejected record of each (merchant, metering_sn) of the batch received
	 * before it. A re-report comes after the record it fixes, and id < the batch's first
	 * id lets the index itself (whose entries end with the id) pass over the batch's own
	 * records, which every metering_sn finds, instead of looking up a verdict for each.
	 * <p>
	 * The pairs drive the join from a JSON array: with {@code merchant_id IN (...) AND
	 * metering_sn IN (1000 values)} MariaDB turned the long list into a subquery and read
	 * every rejected record older than the batch through the (then) state index instead
	 * (45 ms a batch after a million records, and growing with the table; 6 ms this way).
	 */
	private static final String REJECTED = """
			SELECT r.merchant_id, r.metering_sn, MAX(r.id)
			FROM JSON_TABLE(?, '$[*]' COLUMNS (merchant_id BIGINT PATH '$[0]', sn VARCHAR(128) PATH '$[1]')) AS k
			STRAIGHT_JOIN usage_record r FORCE INDEX (idx_usage_merchant_sn)
			  ON r.merchant_id = k.merchant_id AND r.metering_sn = k.sn
			JOIN usage_verdict v ON v.record_id = r.id
			WHERE r.id < ?
			  AND v.state = 'REJECTED'
			GROUP BY r.merchant_id, r.metering_sn""";

	/**
	 * Which of these (merchant, metering_sn) pairs are accepted already; driven by the
	 * pairs like {@link #REJECTED}, through the unique key.
	 */
	private static final String ACCEPTED_SNS = """
			SELECT v.merchant_id, v.accepted_sn
			FROM JSON_TABLE(?, '$[*]' COLUMNS (merchant_id BIGINT PATH '$[0]', sn VARCHAR(128) PATH '$[1]')) AS k
			STRAIGHT_JOIN usage_verdict v FORCE INDEX (uk_verdict_accepted_sn)
			  ON v.merchant_id = k.merchant_id AND v.accepted_sn = k.sn""";

	/** Which of these instance windows are accepted already. */
	private static final String ACCEPTED_WINDOWS = """
			SELECT v.accepted_window
			FROM JSON_TABLE(?, '$[*]' COLUMNS (w VARCHAR(400) PATH '$')) AS k
			STRAIGHT_JOIN usage_verdict v FORCE INDEX (uk_verdict_accepted_window) ON v.accepted_window = k.w""";

	/** Whether anything waits, read before a validator opens its transaction. */
	private static final String ANY_RECEIVED = """
			SELECT 1 FROM usage_inbox LIMIT 1""";

	BatchSql(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean anyReceived() {
		return !this.jdbc.queryForList(ANY_RECEIVED, Integer.class).isEmpty();
	}

	List<ClaimedRecord> claim(int limit) {
		return this.jdbc.query(CLAIM,
				(rs, i) -> new ClaimedRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
						rs.getObject(10, LocalDateTime.class)),
				limit);
	}

	List<InstanceFacts> instances(Collection<String> instanceIds) {
		return this.jdbc.query(INSTANCES,
				(rs, i) -> new InstanceFacts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						rs.getBoolean(5), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class),
						rs.getObject(8, LocalDateTime.class), rs.getString(9), rs.getString(10), rs.getString(11)),
				this.json.writeValueAsString(instanceIds));
	}

	/**
	 * The rejected records to link re-reports to, by "merchant/metering_sn", among the
	 * (merchant, metering_sn) pairs given, received before the record {@code before}.
	 */
	Map<String, Long> rejected(Collection<Map.Entry<Long, String>> pairs, long before) {
		Map<String, Long> rejected = new HashMap<>();
		this.jdbc.query(REJECTED,
				(RowCallbackHandler) (rs) -> rejected.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3)),
				this.json.writeValueAsString(keys(pairs)), before);
		return rejected;
	}

	/**
	 * The accepted ones of these (merchant, metering_sn) pairs, as
	 * "merchant/metering_sn".
	 */
	Set<String> acceptedSns(Collection<Map.Entry<Long, String>> pairs) {
		Set<String> accepted = new HashSet<>();
		this.jdbc.query(ACCEPTED_SNS, (RowCallbackHandler) (rs) -> accepted.add(rs.getLong(1) + "/" + rs.getString(2)),
				this.json.writeValueAsString(keys(pairs)));
		return accepted;
	}

	/** The accepted ones of these instance windows. */
	Set<String> acceptedWindows(Collection<String> windows) {
		Set<String> accepted = new HashSet<>();
		this.jdbc.query(ACCEPTED_WINDOWS, (RowCallbackHandler) (rs) -> accepted.add(rs.getString(1)),
				this.json.writeValueAsString(windows));
		return accepted;
	}

	void insert(MerchantId merchant, long requestId, List<PushedRecord> records, LocalDateTime now) {
		StringBuilder sql = new StringBuilder(INSERT.length() + records.size() * (INSERT_ROW.length() + 1))
			.append(INSERT);
		for (int i = 0; i < records.size(); i++) {
			sql.append((i == 0) ? "" : ",").append(INSERT_ROW);
		}
		this.jdbc.update(sql.toString(), (statement) -> {
			int p = 1;
			for (PushedRecord r : records) {
				statement.setLong(p++, merchant.value());
				statement.setLong(p++, requestId);
				statement.setString(p++, r.instanceId());
				statement.setString(p++, r.recordTime());
				statement.setString(p++, r.beginTime());
				statement.setString(p++, r.endTime());
				statement.setString(p++, r.usageValue());
				statement.setString(p++, r.meteringSn());
				statement.setString(p++, r.relatePkgInstance());
				statement.setString(p++, text(now));
			}
		});
		this.jdbc.update(INBOX, requestId);
	}

	/**
	 * Writes the verdicts in one statement and takes their records out of the inbox: a
	 * second acceptance of a metering_sn or time window fails the insert whole
	 * (DuplicateKeyException) before anything leaves the inbox, and the caller judges the
	 * batch again.
	 */
	void record(List<Verdict> verdicts, LocalDateTime now) {
		List<Object[]> rows = new ArrayList<>(verdicts.size());
		for (Verdict v : verdicts) {
			rows.add(new Object[] { v.id(), v.state(), v.codeText(), v.productId(), text(v.beginAt()), text(v.endAt()),
					(v.value() != null) ? v.value().toPlainString() : null, v.cycle(), text(v.cutoffAt()),
					v.previousId(), v.acceptedSn(), v.acceptedWindow() });
		}
		this.jdbc.update(VERDICTS, text(now), this.json.writeValueAsString(rows));
		this.jdbc.update(DONE, this.json.writeValueAsString(verdicts.stream().map(Verdict::id).toList()));
	}

	private static List<Object[]> keys(Collection<Map.Entry<Long, String>> pairs) {
		List<Object[]> keys = new ArrayList<>(pairs.size());
		for (Map.Entry<Long, String> pair : pairs) {
			keys.add(new Object[] { pair.getKey(), pair.getValue() });
		}
		return keys;
	}

}
