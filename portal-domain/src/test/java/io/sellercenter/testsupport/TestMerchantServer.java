package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant's production interface for tests, on loopback: the V2 contract as the
 * marketplace documents it, with the signature checked here independently of the portal's
 * code (HMAC-SHA256 over access key, nonce, timestamp and the hex HMAC of the body).
 * Creates answer an instance id derived from the order line; the other activities find
 * the instances created. It can be told to fail (HTTP 500).
 */
public final class TestMerchantServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final String accessKey;

	private final String secret;

	private final Set<String> instances = ConcurrentHashMap.newKeySet();

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger badSignatures = new AtomicInteger();

	private volatile boolean failing;

	private TestMerchantServer(String accessKey, String secret) throws IOException {
		this.accessKey = accessKey;
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static TestMerchantServer start(String accessKey, String secret) {
		try {
			return new TestMerchantServer(accessKey, secret);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The address to register: localhost, which the portal allows only in tests. */
	public String url() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	public void failing(boolean failing) {
		this.failing = failing;
	}

	/** Requests received, and those whose signature did not check. */
	public int calls() {
		return this.calls.get();
	}

	public int badSignatures() {
		return this.badSignatures.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.calls.incrementAndGet();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		if (this.failing) {
			answer(exchange, 500, "{\"resultCode\":\"000005\",\"resultMsg\":\"told to fail\"}");
			return;
		}
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		if (!"POST".equals(exchange.getRequestMethod()) || !signed(query, body)) {
			this.badSignatures.incrementAndGet();
			answer(exchange, 200, "{\"resultCode\":\"000001\",\"resultMsg\":\"authentication failed\"}");
			return;
		}
		JsonNode request = JSON.readTree(body);
		String activity = request.path("activity").asString();
		String line = request.path("orderLineId").asString();
		if ("newInstance".equals(activity)) {
			String instance = "INST-" + line;
			this.instances.add(instance);
			answer(exchange, 200,
					"{\"resultCode\":\"000000\",\"resultMsg\":\"ok\",\"instanceId\":\"" + instance + "\"}");
			return;
		}
		boolean known = this.instances.contains(request.path("instanceId").asString());
		answer(exchange, 200, known ? "{\"resultCode\":\"000000\",\"resultMsg\":\"ok\"}"
				: "{\"resultCode\":\"000003\",\"resultMsg\":\"instance not found\"}");
	}

	private boolean signed(Map<String, String> query, byte[] body) {
		String signature = query.get("signature");
		String nonce = query.get("nonce");
		String timestamp = query.get("timestamp");
		if (signature == null || nonce == null || timestamp == null) {
			return false;
		}
		String bodyMac = HexFormat.of().formatHex(hmac(body)).toLowerCase();
		String expected = HexFormat.of()
			.formatHex(hmac((this.accessKey + nonce + timestamp + bodyMac).getBytes(StandardCharsets.UTF_8)));
		return expected.equalsIgnoreCase(signature);
	}

	private byte[] hmac(byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** The body fields of a JSON request, for assertions. */
	public static Map<String, String> fields(String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		JSON.readTree(json).properties().forEach((e) -> fields.put(e.getKey(), e.getValue().asString()));
		return fields;
	}

}
