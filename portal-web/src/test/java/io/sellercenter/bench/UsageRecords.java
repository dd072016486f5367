package io.sellercenter.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of the usage benchmark ({@code bench/usage.sh}). Record {@code n} is always
 * the same, so the push API and the database baseline load the same records. Each client
 * numbers its own records ({@code n = client + clients * k}), so no two clients send the
 * same one. Record n is for instance {@code n % instances}, with a time window of its own
 * inside {@code [spanStart, spanEnd]} (both in the current hour, so all are before their
 * collection cut-off), and a metering_sn of its own.
 * <p>
 * One record in 50 is bad on purpose, in turn: an unknown instance (001), a time in the
 * wrong format (002), a negative value (003), or the metering_sn of this client's
 * previous record (005).
 */
final class UsageRecords {

	static final int BATCH = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String run;

	private final int instances;

	private final long spanStart;

	private final long half;

	private final long capacity;

	/** One record as pushed; every field as text, as the API stores it. */
	record Rec(String instanceId, String recordTime, String beginTime, String endTime, String usageValue,
			String meteringSn) {
	}

	UsageRecords(String run, int instances, long spanStart, long spanEnd) {
		this.run = run;
		this.instances = instances;
		this.spanStart = spanStart;
		// Window w of an instance begins at spanStart + w % half and lasts 1 + w / half
		// seconds: distinct for every w, and inside the span while w < half * half.
		this.half = (spanEnd - spanStart) / 2;
		this.capacity = this.half * this.half * instances;
		if (this.half < 30) {
			throw new IllegalArgumentException("the time span needs at least 60 seconds");
		}
	}

	/** How many records have a time window of their own. */
	long capacity() {
		return this.capacity;
	}

	/**
	 * The k-th batch of one client; numbered from {@code offset}, and up to the next half
	 * of the capacity (so the warm-up, from the middle, never meets the measured).
	 */
	List<Rec> batch(int client, int clients, long k, long offset) {
		long limit = (offset < this.capacity / 2) ? this.capacity / 2 : this.capacity;
		if (offset + (long) clients * (k + 1) * BATCH > limit) {
			throw new IllegalStateException(
					"more records than distinct time windows: run shorter, or later in the hour");
		}
		List<Rec> batch = new ArrayList<>(BATCH);
		for (int j = 0; j < BATCH; j++) {
			batch.add(record(offset + client + (long) clients * (k * BATCH + j), clients));
		}
		return batch;
	}

	Rec record(long n, int clients) {
		long w = n / this.instances;
		long begin = this.spanStart + w % this.half;
		long end = begin + 1 + w / this.half;
		String instance = String.format("ins-ub-%06d", n % this.instances + 1);
		String beginTime = TIME.format(Instant.ofEpochSecond(begin));
		String endTime = TIME.format(Instant.ofEpochSecond(end));
		String value = (1 + n % 9) + "." + (n % 10) + (n % 7);
		String sn = sn(n);
		switch ((int) (n % 50)) {
			case 7 -> instance = "ins-ub-unknown-" + n;
			case 17 -> beginTime = "2026-01-01 10:00";
			case 27 -> value = "-1";
			case 37 -> sn = (n >= clients) ? sn(n - clients) : sn;
			default -> {
				// a good record
			}
		}
		return new Rec(instance, endTime, beginTime, endTime, value, sn);
	}

	private String sn(long n) {
		return this.run + "-" + n;
	}

	/** The push body of a batch: {"usage_records": [...]}. */
	static String json(List<Rec> batch) {
		StringBuilder json = new StringBuilder(batch.size() * 200).append("{\"usage_records\":[");
		for (int i = 0; i < batch.size(); i++) {
			Rec r = batch.get(i);
			json.append(i == 0 ? "{" : ",{")
				.append("\"instance_id\":\"")
				.append(r.instanceId())
				.append("\",\"record_time\":\"")
				.append(r.recordTime())
				.append("\",\"begin_time\":\"")
				.append(r.beginTime())
				.append("\",\"end_time\":\"")
				.append(r.endTime())
				.append("\",\"usage_value\":")
				.append(r.usageValue())
				.append(",\"metering_sn\":\"")
				.append(r.meteringSn())
				.append("\"}");
		}
		return json.append("]}").toString();
	}

}
