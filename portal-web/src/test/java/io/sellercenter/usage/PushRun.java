package io.sellercenter.usage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients pushing signed batches back to back, each batch's records named
 * {@code c<client>-b<batch>-<n>}, until the portal stops answering; what became of each
 * batch is kept: acknowledged (MKT.0000), cut off (sent, no answer) or anything else.
 */
final class PushRun {

	static final int RECORDS = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private final UsagePushClient client;

	private final ExecutorService pool;

	private final List<Future<?>> clients = new ArrayList<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private final CountDownLatch firstAnswers;

	/** Batches by their metering_sn prefix. */
	final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();

	final Queue<String> cutOff = new ConcurrentLinkedQueue<>();

	final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

	PushRun(UsagePushClient client, int clients, int answersToAwait) {
		this.client = client;
		this.pool = Executors.newFixedThreadPool(clients);
		this.firstAnswers = new CountDownLatch(answersToAwait);
		for (int c = 0; c < clients; c++) {
			int number = c;
			this.clients.add(this.pool.submit(() -> push(number)));
		}
	}

	/** Waits for the acknowledgements asked for, then for that many pushes at once. */
	boolean awaitUnderWay(Duration timeout, int inFlight) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		if (!this.firstAnswers.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			return false;
		}
		// Spins briefly: the clients send back to back, so this is a matter of
		// milliseconds.
		while (this.inFlight.get() < inFlight) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.onSpinWait();
		}
		return true;
	}

	/** After the portal is gone: the clients end at their next (failing) push. */
	void awaitEnd(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
		this.stopped.set(true);
		for (Future<?> running : this.clients) {
			running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		this.pool.shutdown();
	}

	private void push(int number) {
		for (int batch = 0; !this.stopped.get(); batch++) {
			String prefix = "c" + number + "-b" + batch + "-";
			String body = body(prefix);
			this.inFlight.incrementAndGet();
			try {
				HttpResponse<String> answer = this.client.send(body);
				if (answer.statusCode() == 200 && answer.body().contains("\"MKT.0000\"")) {
					this.acknowledged.add(prefix);
					this.firstAnswers.countDown();
				}
				else {
					this.unexpected.add(prefix + ": " + answer.statusCode() + " " + answer.body());
				}
			}
			catch (IOException ex) {
				this.cutOff.add(prefix);
				return;
			}
			catch (Exception ex) {
				this.unexpected.add(prefix + ": " + ex);
				return;
			}
			finally {
				this.inFlight.decrementAndGet();
			}
		}
	}

	/**
	 * Records of instances that do not exist: validation does not matter here, only what
	 * is stored.
	 */
	private static String body(String prefix) {
		String end = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(2).format(TIME);
		String begin = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(3).format(TIME);
		StringJoiner records = new StringJoiner(",", "{\"usage_records\":[", "]}");
		for (int i = 0; i < RECORDS; i++) {
			records.add("{\"instance_id\":\"ins-crash-" + (i % 50) + "\",\"record_time\":\"" + end
					+ "\",\"begin_time\":\"" + begin + "\",\"end_time\":\"" + end + "\",\"usage_value\":1.5"
					+ ",\"metering_sn\":\"" + prefix + i + "\"}");
		}
		return records.toString();
	}

}
