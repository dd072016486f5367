package io.sellercenter.bench;

import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.sellercenter.bench.UsageRecords.Rec;
import io.sellercenter.usage.UsagePushClient;
import io.sellercenter.usage.UsagePushClient.SignedPush;

/**
 * The load of {@code bench/usage.sh}: CLIENTS concurrent clients push signed batches of
 * 1000 records for a fixed time, after a warm-up; and, in the same run, the same records
 * loaded by as many JDBC connections, one multi-row INSERT per batch as the intake writes
 * it, into {@code usage_record_baseline}, a table of the same definition that the script
 * makes empty (the baseline, with a warm-up of its own). Writes the figures to a
 * properties file for {@link UsageValidation} to report.
 * <p>
 * Arguments are {@code key=value}: url, jdbc, user, password, key, secret, run,
 * spanStart, spanEnd (epoch seconds), instances, merchant, clients, warmup, duration
 * (seconds), out; and {@code phases=paced} for the paced push alone (no warm-up, no
 * baseline: {@code bench/analytics.sh}), its records numbered from {@code offset}.
 */
public final class UsageLoad {

	private final Map<String, String> args;

	private final UsageRecords records;

	private final int clients;

	private UsageLoad(Map<String, String> args) {
		this.args = args;
		this.clients = Integer.parseInt(args.get("clients"));
		this.records = new UsageRecords(args.get("run"), Integer.parseInt(args.get("instances")),
				Long.parseLong(args.get("spanStart")), Long.parseLong(args.get("spanEnd")));
	}

	/**
	 * What one phase did: records stored, its time, each batch's latency, and the first
	 * record number it left unused.
	 */
	record Phase(long records, long failures, double seconds, List<Long> nanos, long next) {

		double perSecond() {
			return this.records / this.seconds;
		}

		double percentileMs(double p) {
			List<Long> sorted = new ArrayList<>(this.nanos);
			Collections.sort(sorted);
			return sorted.isEmpty() ? 0
					: sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
		}

	}

	/** One client's batches: sends batch k, answers whether it was stored. */
	private interface Client extends AutoCloseable {

		boolean send(List<Rec> batch) throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

	public static void main(String[] arguments) throws Exception {
		Map<String, String> args = new HashMap<>();
		for (String argument : arguments) {
			args.put(argument.substring(0, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
		}
		UsageLoad load = new UsageLoad(args);
		int warmup = Integer.parseInt(args.get("warmup"));
		int duration = Integer.parseInt(args.get("duration"));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		int rate = Integer.parseInt(args.get("rate"));
		if ("paced".equals(args.get("phases"))) {
			// bench/analytics.sh: only the paced push, as the load the roll-up lag is
			// measured under.
			System.out.printf("== Push API at %,d records/s offered: %d clients, each a batch every %d ms, %d s%n",
					rate, load.clients, 1000L * load.clients * UsageRecords.BATCH / rate, duration);
			// From record number offset: an earlier run's records in the same hour
			// hold the windows below it, and a second acceptance is refused (010).
			Phase paced = load.run(duration, Long.parseLong(args.getOrDefault("offset", "0")),
					1_000_000_000L * load.clients * UsageRecords.BATCH / rate, (c) -> load.api(http));
			report("push API (paced)", paced);
			Properties figures = new Properties();
			put(figures, "paced", paced);
			try (Writer out = Files.newBufferedWriter(Path.of(args.get("out")))) {
				figures.store(out, "bench/analytics.sh push figures");
			}
			System.exit((paced.failures() > 0 || paced.records() == 0) ? 1 : 0);
		}

		System.out.printf("== Warm-up: %d clients push for %d s (not counted)%n", load.clients, warmup);
		// Warm-up records are numbered from the middle of the distinct windows, apart
		// from
		// the measured ones.
		long warmups = load.records.capacity() / 2;
		report("push (warm-up)", load.run(warmup, warmups, 0, (c) -> load.api(http)));
		System.out.printf("== Baseline: %d JDBC connections, one multi-row INSERT per 1000 records, %d s"
				+ " (after %d s not counted)%n", load.clients, duration, warmup);
		report("INSERT (warm-up)", load.run(warmup, warmups, 0, (c) -> load.jdbc()));
		Phase baseline = load.run(duration, 0, 0, (c) -> load.jdbc());
		report("INSERT (baseline)", baseline);
		System.out.printf("== Push API: %d clients, signed batches of 1000 records, %d s%n", load.clients, duration);
		Phase api = load.run(duration, 0, 0, (c) -> load.api(http));
		report("push API", api);
		System.out.printf("== Push API at %,d records/s offered: %d clients, each a batch every %d ms, %d s%n", rate,
				load.clients, 1000L * load.clients * UsageRecords.BATCH / rate, duration);
		Phase paced = load.run(duration, api.next(), 1_000_000_000L * load.clients * UsageRecords.BATCH / rate,
				(c) -> load.api(http));
		report("push API (paced)", paced);

		Properties figures = new Properties();
		put(figures, "api", api);
		put(figures, "baseline", baseline);
		put(figures, "paced", paced);
		figures.setProperty("rate", String.valueOf(rate));
		figures.setProperty("clients", String.valueOf(load.clients));
		try (Writer out = Files.newBufferedWriter(Path.of(args.get("out")))) {
			figures.store(out, "bench/usage.sh load figures");
		}
		if (api.failures() + paced.failures() > 0 || api.records() == 0) {
			System.exit(1);
		}
	}

	private static void put(Properties figures, String name, Phase phase) {
		figures.setProperty(name + ".records", String.valueOf(phase.records()));
		figures.setProperty(name + ".failures", String.valueOf(phase.failures()));
		figures.setProperty(name + ".seconds", String.valueOf(phase.seconds()));
		figures.setProperty(name + ".p50", String.valueOf(phase.percentileMs(0.50)));
		figures.setProperty(name + ".p99", String.valueOf(phase.percentileMs(0.99)));
	}

	private static void report(String name, Phase phase) {
		System.out.printf(
				"   %-18s %,10d records in %5.1f s = %,8.0f records/s; per batch p50 %6.1f ms, p99 %6.1f ms" + "%s%n",
				name, phase.records(), phase.seconds(), phase.perSecond(), phase.percentileMs(0.50),
				phase.percentileMs(0.99), (phase.failures() > 0) ? "; " + phase.failures() + " batches FAILED" : "");
	}

	private interface ClientFactory {

		Client open(int client) throws Exception;

	}

	/**
	 * CLIENTS threads send batch after batch until the time is up: back to back, or each
	 * a batch every {@code interval} ns. Paced, a batch's latency counts from when it was
	 * due, so a late answer also delays the batches behind it in the figures, as it would
	 * for a client sending on a schedule.
	 */
	private Phase run(int seconds, long offset, long interval, ClientFactory factory) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		AtomicLong stored = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		AtomicLong batches = new AtomicLong();
		long started = System.nanoTime();
		long deadline = started + seconds * 1_000_000_000L;
		List<Future<?>> threads = new ArrayList<>();
		for (int c = 0; c < this.clients; c++) {
			int client = c;
			threads.add(pool.submit(() -> {
				try (Client sender = factory.open(client)) {
					for (long k = 0; System.nanoTime() < deadline; k++) {
						List<Rec> batch = this.records.batch(client, this.clients, k, offset);
						batches.accumulateAndGet(k + 1, Math::max);
						long t0 = System.nanoTime();
						if (interval > 0) {
							t0 = started + k * interval + client * interval / this.clients;
							Thread.sleep(Math.max(0, (t0 - System.nanoTime()) / 1_000_000));
						}
						boolean ok = sender.send(batch);
						nanos.add(System.nanoTime() - t0);
						if (ok) {
							stored.addAndGet(batch.size());
						}
						else {
							failures.incrementAndGet();
						}
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> thread : threads) {
				thread.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Phase(stored.get(), failures.get(), (System.nanoTime() - started) / 1e9, nanos,
				offset + batches.get() * this.clients * UsageRecords.BATCH);
	}

	private Client api(HttpClient http) {
		UsagePushClient signer = new UsagePushClient(URI.create(this.args.get("url")), this.args.get("key"),
				this.args.get("secret"));
		URI endpoint = URI.create(this.args.get("url")).resolve("/api/v1/isv/usage-data");
		AtomicLong shown = new AtomicLong();
		return (batch) -> {
			// Signing is the client's work, timed with the request as a client sees it.
			SignedPush push = signer.sign(UsageRecords.json(batch));
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.header("access-key", push.accessKey())
				.header("ts", push.ts())
				.header("nonce", push.nonce())
				.header("signature", push.signature())
				.POST(HttpRequest.BodyPublishers.ofString(push.body(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			boolean ok = answer.statusCode() == 200 && answer.body().contains("\"MKT.0000\"");
			if (!ok && shown.getAndIncrement() < 3) {
				System.out.println("   push answered " + answer.statusCode() + " " + answer.body());
			}
			return ok;
		};
	}

	private Client jdbc() throws Exception {
		Connection db = DriverManager.getConnection(this.args.get("jdbc"), this.args.get("user"),
				this.args.get("password"));
		StringBuilder sql = new StringBuilder("INSERT INTO usage_record_baseline (merchant_id, request_id,"
				+ " instance_id, record_time, begin_time, end_time, usage_value, metering_sn, relate_pkg_instance,"
				+ " received_at) VALUES ");
		for (int i = 0; i < UsageRecords.BATCH; i++) {
			sql.append(i == 0 ? "" : ",").append("(?, 0, ?, ?, ?, ?, ?, ?, NULL, ?)");
		}
		PreparedStatement insert = db.prepareStatement(sql.toString());
		long merchant = Long.parseLong(this.args.get("merchant"));
		return new Client() {

			@Override
			public boolean send(List<Rec> batch) throws Exception {
				int p = 1;
				LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
				for (Rec r : batch) {
					insert.setLong(p++, merchant);
					insert.setString(p++, r.instanceId());
					insert.setString(p++, r.recordTime());
					insert.setString(p++, r.beginTime());
					insert.setString(p++, r.endTime());
					insert.setString(p++, r.usageValue());
					insert.setString(p++, r.meteringSn());
					insert.setObject(p++, now);
				}
				return insert.executeUpdate() == batch.size();
			}

			@Override
			public void close() throws Exception {
				db.close();
			}

		};
	}

}
