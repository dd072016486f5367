package io.sellercenter.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The validation half of {@code bench/usage.sh}, then its summary. The script has started
 * a portal with its usage jobs on in front of the backlog the load left; this waits until
 * no record is RECEIVED any more. Validation speed is the records given a verdict divided
 * by the time from the first verdict (verdict_at of the first batch, stamped by the
 * validator when it had claimed it) to the moment no RECEIVED record was left (polled
 * every 50 ms): the portal's start-up is not counted, its warm-up is.
 * <p>
 * {@code java ... UsageValidation JDBC_URL USER PASSWORD LOAD_PROPERTIES}; gives up when
 * the backlog has not shrunk for two minutes (the portal did not start, or stopped).
 */
public final class UsageValidation {

	private UsageValidation() {
	}

	public static void main(String[] args) throws Exception {
		Properties load = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of(args[3]))) {
			load.load(in);
		}
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]);
				Statement sql = db.createStatement()) {
			Instant lastReport = Instant.now();
			Instant lastProgress = Instant.now();
			long waiting = -1;
			// The backlog left 20 s after validation started, and when: from then on the
			// rate is a warmer portal's (the JIT compiles during the first seconds, on
			// one of the two cores the database needs).
			Instant started = null;
			Instant steadyFrom = null;
			long steadyLeft = 0;
			Instant done;
			while (true) {
				try (ResultSet rs = sql.executeQuery("SELECT 1 FROM usage_inbox LIMIT 1")) {
					if (!rs.next()) {
						done = Instant.now();
						break;
					}
				}
				if (Duration.between(lastReport, Instant.now()).toSeconds() >= 10) {
					long left = single(sql, "SELECT COUNT(*) FROM usage_inbox");
					System.out.printf("   %,d records waiting%n", left);
					if (started == null && waiting >= 0 && left < waiting) {
						started = Instant.now();
					}
					else if (steadyFrom == null && started != null
							&& Duration.between(started, Instant.now()).toSeconds() >= 20) {
						steadyFrom = Instant.now();
						steadyLeft = left;
					}
					if (left != waiting) {
						lastProgress = Instant.now();
						waiting = left;
					}
					else if (Duration.between(lastProgress, Instant.now()).toSeconds() >= 120) {
						System.out.println("   no record was validated for two minutes");
						System.exit(1);
					}
					lastReport = Instant.now();
				}
				Thread.sleep(50);
			}
			Instant first;
			long judged;
			try (ResultSet rs = sql.executeQuery("SELECT MIN(verdict_at), COUNT(*) FROM usage_verdict")) {
				rs.next();
				first = rs.getObject(1, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
				judged = rs.getLong(2);
			}
			double seconds = Duration.between(first, done).toNanos() / 1e9;
			System.out.printf("   %,d records given a verdict in %.1f s = %,.0f records/s%n", judged, seconds,
					judged / seconds);
			if (steadyFrom != null) {
				double warm = Duration.between(steadyFrom, done).toNanos() / 1e9;
				System.out.printf(
						"   from %.0f s after the first verdict on: %,d records in %.1f s = %,.0f records/s%n",
						Duration.between(first, steadyFrom).toNanos() / 1e9, steadyLeft, warm, steadyLeft / warm);
			}
			System.out.println("   verdicts: " + verdicts(sql));
			summary(load, judged / seconds);
		}
	}

	private static String verdicts(Statement sql) throws Exception {
		StringBuilder text = new StringBuilder();
		try (ResultSet rs = sql.executeQuery("SELECT COALESCE(code, state), COUNT(*) FROM usage_ledger"
				+ " GROUP BY COALESCE(code, state) ORDER BY 1")) {
			while (rs.next()) {
				text.append(text.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
			}
		}
		return text.toString();
	}

	private static void summary(Properties load, double validation) {
		double api = rate(load, "api");
		double baseline = rate(load, "baseline");
		double p99 = Double.parseDouble(load.getProperty("api.p99"));
		double pacedP99 = Double.parseDouble(load.getProperty("paced.p99"));
		int rate = Integer.parseInt(load.getProperty("rate"));
		System.out.println("== Summary (" + load.getProperty("clients") + " clients, batches of 1000 records)");
		System.out.printf("   push API intake      %,8.0f records/s   (p50 %.1f ms, p99 %.1f ms per push)%n", api,
				Double.parseDouble(load.getProperty("api.p50")), p99);
		System.out.printf(
				"   push API, paced      %,8.0f records/s   (p50 %.1f ms, p99 %.1f ms per push, %,d offered)%n",
				rate(load, "paced"), Double.parseDouble(load.getProperty("paced.p50")), pacedP99, rate);
		System.out.printf("   baseline INSERT      %,8.0f records/s   (p50 %.1f ms, p99 %.1f ms per INSERT)%n",
				baseline, Double.parseDouble(load.getProperty("baseline.p50")),
				Double.parseDouble(load.getProperty("baseline.p99")));
		System.out.printf("   validation           %,8.0f records/s%n", validation);
		System.out.printf("   ratios: API / baseline %.2f, validation / baseline %.2f, validation / API %.2f%n",
				api / baseline, validation / baseline, validation / api);
		System.out.println("== Targets");
		target("API intake >= 10,000 records/s", api >= 10_000, "%,.0f".formatted(api));
		target("API intake >= 40% of the baseline", api >= 0.4 * baseline, "%.0f%%".formatted(100 * api / baseline));
		target("validation >= 20,000 records/s", validation >= 20_000, "%,.0f".formatted(validation));
		target("push p99 < 250 ms at %,d records/s".formatted(rate), pacedP99 < 250, "%.1f ms".formatted(pacedP99));
		target("push p99 < 250 ms at full load", p99 < 250, "%.1f ms".formatted(p99));
	}

	private static void target(String name, boolean met, String figure) {
		System.out.printf("   %-42s %-7s %s%n", name, met ? "met" : "MISSED", figure);
	}

	private static double rate(Properties load, String name) {
		return Long.parseLong(load.getProperty(name + ".records"))
				/ Double.parseDouble(load.getProperty(name + ".seconds"));
	}

	private static long single(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
