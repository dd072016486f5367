package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS gateway on loopback for the tests and the local run: it takes what the portal
 * posts ({@code {"to": ..., "text": ...}} to {@code /sms}), records it and answers 202,
 * or the status a test told it to answer for a number.
 */
public final class TestSmsGateway implements AutoCloseable {

	/** One request the gateway received, accepted or not. */
	public record Sms(String to, String text, int status) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Sms> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Integer> answers = new ConcurrentHashMap<>();

	private final Consumer<Sms> listener;

	private TestSmsGateway(int port, Consumer<Sms> listener) throws IOException {
		this.listener = listener;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.server.createContext("/sms", this::handle);
		this.server.start();
	}

	/**
	 * On the given port (0 for any free one); each request is also handed to the
	 * listener.
	 */
	public static TestSmsGateway start(int port, Consumer<Sms> listener) {
		try {
			return new TestSmsGateway(port, listener);
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the test SMS gateway", ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/sms";
	}

	/** From now on, messages to this number get this HTTP status (a failing gateway). */
	public void answer(String to, int status) {
		this.answers.put(to, status);
	}

	/** Every request for this number, in order. */
	public List<Sms> requestsTo(String to) {
		return this.requests.stream().filter((sms) -> to.equals(sms.to())).toList();
	}

	/** The messages for this number the gateway accepted. */
	public List<Sms> receivedBy(String to) {
		return requestsTo(to).stream().filter((sms) -> sms.status() / 100 == 2).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			Map<String, String> sms = JSON.readValue(body.readAllBytes(), new TypeReference<Map<String, String>>() {
			});
			String to = sms.get("to");
			int status = (to == null || sms.get("text") == null) ? 400 : this.answers.getOrDefault(to, 202);
			Sms received = new Sms(to, sms.get("text"), status);
			this.requests.add(received);
			this.listener.accept(received);
			exchange.sendResponseHeaders(status, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
