package io.sellercenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.testsupport.PortalProcess;
import io.sellercenter.testsupport.ScratchDatabase;
import io.sellercenter.usage.UsagePushClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine APIs read no body larger than their limit, whoever sends it and however: a
 * declared length over the limit is answered 413 at once, before the key or token is
 * looked at, and a chunked body is cut off one byte past it. A portal with a 256 MB heap
 * takes a crowd of such requests and still answers a real push and its pages.
 */
@Tag("attack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineApiLimitsTests {

	private static final int LIMIT = MachineApi.USAGE_PUSH.maxBodyBytes();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ScratchDatabase db;

	private PortalProcess portal;

	private int port;

	@BeforeAll
	void startSmallPortal() {
		this.db = new ScratchDatabase("machine_limits");
		this.portal = PortalProcess.launch("machine-limits", PortalProcess.properties(this.db.database()), "256m");
		this.port = this.portal.awaitReady(Duration.ofSeconds(150));
	}

	@AfterAll
	void stop() {
		if (this.portal != null) {
			this.portal.close();
		}
		if (this.db != null) {
			this.db.close();
		}
	}

	@Test
	void pushDeclaringAHugeBodyIsRefusedBeforeItIsReadOrItsKeyLookedUp() throws Exception {
		long start = System.nanoTime();
		String answer = declareAndWait("/api/v1/isv/usage-data", "application/json", 1L << 30,
				"access-key: no-such-key\r\nts: 1\r\nnonce: n\r\nsignature: s\r\n");

		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("\"error_code\":\"MKT.9003\"");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aPathWithAnEncodedLetterIsBoundedAllTheSame() throws Exception {
		String push = declareAndWait("/api/v1/%69sv/usage-data", "application/json", 1L << 30,
				"access-key: no-such-key\r\nts: 1\r\nnonce: n\r\nsignature: s\r\n");
		assertThat(push).startsWith("HTTP/1.1 413").contains("MKT.9003");
		String chunked = chunked("/api/v1/isv/usage-dat%61", "application/json", LIMIT + 4096);
		assertThat(chunked).startsWith("HTTP/1.1 413");
		String logout = declareAndWait("/logout/connect/back-channel/m%61rketplace",
				"application/x-www-form-urlencoded", 1L << 20, "");
		assertThat(logout).startsWith("HTTP/1.1 413");
	}

	@Test
	void platformAndBackChannelDeclaringAHugeBodyAreRefusedBeforeTheTokenIsChecked() throws Exception {
		String platform = declareAndWait("/api/platform/v1/orders", "application/json", 50L << 20, "");
		assertThat(platform).startsWith("HTTP/1.1 413");
		assertThat(platform).contains("application/problem+json").contains("\"status\":413");

		String logout = declareAndWait("/logout/connect/back-channel/marketplace", "application/x-www-form-urlencoded",
				1L << 20, "");
		assertThat(logout).startsWith("HTTP/1.1 413");
		assertThat(logout).contains("\"error\":\"invalid_request\"");
	}

	@Test
	void chunkedBodiesAreCountedWhileRead() throws Exception {
		String push = chunked("/api/v1/isv/usage-data", "application/json", LIMIT + 4096);
		assertThat(push).startsWith("HTTP/1.1 413").contains("MKT.9003");

		String platform = chunked("/api/platform/v1/orders", "application/json",
				MachineApi.PLATFORM.maxBodyBytes() + 1);
		assertThat(platform).startsWith("HTTP/1.1 413");

		String small = chunked("/api/v1/isv/usage-data", "application/json", 1000);
		assertThat(small).as("a chunked body within the limit is read and checked as usual")
			.startsWith("HTTP/1.1 400")
			.contains("MKT.0101");
	}

	@Test
	void thousandMaximalRecordsFitTheLimitAndAreAccepted() throws Exception {
		String body = maximalPush();
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).as("1000 maximal records, pretty-printed")
			.isLessThan(LIMIT);

		HttpResponse<String> answer = client().send(body);

		assertThat(answer.body()).contains("MKT.0000");
		assertThat(this.db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM usage_record WHERE metering_sn LIKE 'max-%'", Integer.class))
			.isEqualTo(1000);
	}

	@Test
	void deepNestingAndLongNumbersAreRefusedAsFormatErrors() throws Exception {
		String deep = "{\"usage_records\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}";
		assertThat(client().send(deep).body()).contains("MKT.0100").contains("exceeds the API's limits");

		String longNumber = "{\"usage_records\":[{\"instance_id\":\"i-1\",\"usage_value\":1" + "0".repeat(5000) + "}]}";
		assertThat(client().send(longNumber).body()).contains("MKT.0100");
	}

	@Test
	void aCrowdOfHugeBodiesLeavesThePortalAnswering() throws Exception {
		ExecutorService crowd = Executors.newFixedThreadPool(12);
		try {
			List<Future<String>> attacks = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				boolean declared = i % 2 == 0;
				attacks.add(crowd.submit(() -> declared ? declareAndSend("/api/v1/isv/usage-data", 64L << 20, 8L << 20)
						: chunked("/api/v1/isv/usage-data", "application/json", 8 << 20)));
			}
			for (Future<String> attack : attacks) {
				assertThat(attack.get()).startsWith("HTTP/1.1 413");
			}
		}
		finally {
			crowd.shutdownNow();
		}
		HttpResponse<String> push = client().send("{\"usage_records\":[]}");
		assertThat(push.body()).contains("MKT.0000");
		HttpResponse<String> login = this.http.send(
				HttpRequest.newBuilder(URI.create(base() + "/login")).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
	}

	/**
	 * Sends the head of a POST declaring {@code length} bytes and none of them, and reads
	 * the answer.
	 */
	private String declareAndWait(String path, String type, long length, String headers) throws IOException {
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(head(path, type, headers + "Content-Length: " + length + "\r\n"));
			out.flush();
			return answer(socket.getInputStream());
		}
	}

	/**
	 * Declares {@code length} and keeps sending junk up to {@code send} bytes or until
	 * the server answers and closes.
	 */
	private String declareAndSend(String path, long length, long send) throws IOException {
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(head(path, "application/json", "Content-Length: " + length + "\r\n"));
			byte[] junk = new byte[64 * 1024];
			try {
				for (long sent = 0; sent < send; sent += junk.length) {
					out.write(junk);
				}
			}
			catch (IOException ex) {
				// the server has answered and closed: what matters is what it said
			}
			return answer(socket.getInputStream());
		}
	}

	/** Sends {@code size} bytes as one chunked body and reads the answer. */
	private String chunked(String path, String type, int size) throws IOException {
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(head(path, type, "Transfer-Encoding: chunked\r\n"));
			byte[] junk = new byte[32 * 1024];
			java.util.Arrays.fill(junk, (byte) ' ');
			try {
				for (int sent = 0; sent < size; sent += junk.length) {
					int n = Math.min(junk.length, size - sent);
					out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(junk, 0, n);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// refused before the end: read the answer
			}
			return answer(socket.getInputStream());
		}
	}

	private Socket socket() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(15_000);
		return socket;
	}

	private static byte[] head(String path, String type, String headers) {
		return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\n" + headers + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The status line, headers and as much body as the server sends before closing. */
	private static String answer(InputStream in) throws IOException {
		byte[] buffer = new byte[8192];
		StringBuilder text = new StringBuilder();
		try {
			for (int n = in.read(buffer); n > 0 && text.length() < 16_000; n = in.read(buffer)) {
				text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
				if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// a reset after the answer
		}
		return text.toString();
	}

	private UsagePushClient client() {
		return new UsagePushClient(URI.create(base()), "acme-demo-key", "acme-demo-secret");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * 1000 records with every field at the longest the spec allows, as a pretty-printer
	 * writes them.
	 */
	private static String maximalPush() {
		StringBuilder body = new StringBuilder("{\n  \"usage_records\" : [");
		String id = "i".repeat(64);
		for (int i = 0; i < 1000; i++) {
			String sn = ("max-" + i + "-" + UUID.randomUUID()).substring(0, Math.min(40, 45));
			sn = sn + "s".repeat(64 - sn.length());
			body.append(i == 0 ? "" : ",")
				.append("\n    {\n      \"instance_id\" : \"")
				.append(id)
				.append("\",\n      \"record_time\" : \"20261201T100000Z\",\n      \"begin_time\" : \"20261201T090000Z\",")
				.append("\n      \"end_time\" : \"20261201T100000Z\",\n      \"usage_value\" : 99999999999999.9999,")
				.append("\n      \"metering_sn\" : \"")
				.append(sn)
				.append("\",\n      \"relate_pkg_instance\" : \"")
				.append("p".repeat(64))
				.append("\"\n    }");
		}
		return body.append("\n  ]\n}").toString();
	}

}
