package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two statements that write up to a thousand usage records at once: the intake's
 * insert and the validator's verdicts, each one statement per batch.
 * <p>
 * Plain JDBC rather than a MyBatis {@code <foreach>}: MyBatis builds such a statement
 * anew on every call, with a regular expression and a reflective lookup per bound value,
 * which for 1000 records of 10 values was most of a push's CPU and about 35 MB of garbage
 * per push (the profile is in docs/benchmarks.md, "Usage records"). Here the statement
 * text is a simple repetition and each value is bound straight onto the statement, as a
 * client loading the table itself would.
 */
@Component
class RecordWrites {

	private static final String INSERT = "INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time,"
			+ " begin_time, end_time, usage_value, metering_sn, relate_pkg_instance, state, received_at) VALUES ";

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)";

	/**
	 * The verdicts travel as one JSON array of arrays, read back as a table by JSON_TABLE
	 * (MySQL 8.0, MariaDB 10.6) and joined to the records by id: one short statement
	 * whatever the batch size (a derived table of a thousand UNION ALL SELECTs took the
	 * server about as long to parse as to update the rows). STRAIGHT_JOIN makes the
	 * verdicts drive the join (primary key look-ups); otherwise the optimizer may start
	 * from the records and read every received one. The rows are locked by the claim, and
	 * the state guard keeps a verdict from ever overwriting another.
	 */
	private static final String VERDICTS = """
			UPDATE JSON_TABLE(?, '$[*]' COLUMNS (
			           id BIGINT PATH '$[0]', state VARCHAR(12) PATH '$[1]', code CHAR(3) PATH '$[2]',
			           product_id BIGINT PATH '$[3]', begin_at DATETIME(6) PATH '$[4]', end_at DATETIME(6) PATH '$[5]',
			           value_dec DECIMAL(20, 4) PATH '$[6]', cycle VARCHAR(8) PATH '$[7]',
			           cutoff_at DATETIME(6) PATH '$[8]', previous_id BIGINT PATH '$[9]',
			           accepted_sn VARCHAR(64) PATH '$[10]', accepted_window VARCHAR(200) PATH '$[11]')) AS v
			STRAIGHT_JOIN usage_record r ON r.id = v.id
			SET r.state = v.state, r.code = v.code, r.verdict_at = ?, r.product_id = v.product_id,
			    r.begin_at = v.begin_at, r.end_at = v.end_at, r.value_dec = v.value_dec, r.cycle = v.cycle,
			    r.cutoff_at = v.cutoff_at, r.previous_id = v.previous_id, r.accepted_sn = v.accepted_sn,
			    r.accepted_window = v.accepted_window
			WHERE r.state = 'RECEIVED'""";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	RecordWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
				statement.setObject(p++, now);
			}
		});
	}

	/**
	 * Writes the verdicts in one statement: a second acceptance of a metering_sn or time
	 * window fails it whole (DuplicateKeyException), and the caller's transaction rolls
	 * the batch back to be judged again.
	 */
	void record(List<Verdict> verdicts, LocalDateTime now) {
		List<Object[]> rows = new ArrayList<>(verdicts.size());
		for (Verdict v : verdicts) {
			rows.add(new Object[] { v.id(), v.state(), v.codeText(), v.productId(), time(v.beginAt()), time(v.endAt()),
					(v.value() != null) ? v.value().toPlainString() : null, v.cycle(), time(v.cutoffAt()),
					v.previousId(), v.acceptedSn(), v.acceptedWindow() });
		}
		this.jdbc.update(VERDICTS, this.json.writeValueAsString(rows), now);
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : null;
	}

}
