package io.sellercenter.idp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The portal's platform API as far as the sandbox needs it, on a JDK server: products of
 * any merchant, tickets opened, one ticket to show, and a 409 for every event.
 */
final class FakePortal implements AutoCloseable {

	private final HttpServer server;

	final List<Call> calls = new CopyOnWriteArrayList<>();

	FakePortal() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/platform/v1/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String path = exchange.getRequestURI().getPath();
		String query = exchange.getRequestURI().getRawQuery();
		this.calls.add(new Call(exchange.getRequestMethod(), path + ((query != null) ? "?" + query : ""),
				exchange.getRequestHeaders().getFirst("Authorization"), body));
		String method = exchange.getRequestMethod();
		if (method.equals("GET") && path.endsWith("/products")) {
			answer(exchange, 200, "application/json",
					"""
							{"merchant":"acme","page":1,"size":100,"total":1,"items":[
							{"product_id":12,"type":"IMAGE","name_zh":"安全镜像","name_en":"Hardened Image","status":"ON_SALE"}]}""");
		}
		else if (method.equals("POST") && path.equals("/api/platform/v1/tickets")) {
			String ticketId = body.replaceAll("(?s).*\"ticket_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			answer(exchange, 201, "application/json",
					"""
							{"event_id":"e","ticket_id":"%s","status":0,"handler":"acme-support","routed_to":"PRIMARY_HANDLER"}"""
						.formatted(ticketId));
		}
		else if (method.equals("GET") && path.startsWith("/api/platform/v1/tickets/")) {
			String ticketId = path.substring(path.lastIndexOf('/') + 1);
			answer(exchange, 200, "application/json",
					"""
							{"ticket_id":"%s","merchant":"acme","product_id":12,"title":"Image will not boot",
							"category":"FAULT","status":2,"status_name":"PENDING_CONFIRMATION","created_at":"2026-12-07T08:00:00Z",
							"entries":[{"at":"2026-12-07T08:00:00Z","kind":"CUSTOMER_MESSAGE","author":"Demo Customer Ltd",
							"text":"It stops at <grub>","attachments":[{"name":"screen.png","size":2048}]},
							{"at":"2026-12-07T09:00:00Z","kind":"RESOLUTION","author":"acme-support",
							"cause":"Wrong kernel","solution":"Boot the other entry"}]}"""
						.formatted(ticketId));
		}
		else if (method.equals("GET") && path.startsWith("/api/platform/v1/supervision/") && path.contains("/files/")) {
			answer(exchange, 200, "application/pdf", "%PDF-1.4 acceptance");
		}
		else if (method.equals("GET") && path.startsWith("/api/platform/v1/supervision/")) {
			String taskId = path.substring(path.lastIndexOf('/') + 1);
			answer(exchange, 200, "application/json",
					"""
							{"task_id":"%s","order_id":"ORD-1","product_name_en":"Retail Footfall Dataset",
							"step":"AWAITING_ACCEPTANCE","frozen":false,"due_at":"2026-12-12T08:00:00Z","rejections":1,
							"entries":[{"at":"2026-12-07T08:00:00Z","kind":"DELIVERED","actor":"acme-support",
							"text":"Files are <ready>","documents":[{"file_id":77,"role":"ACCEPTANCE","name":"acceptance.pdf","size":20}]}]}"""
						.formatted(taskId));
		}
		else if (method.equals("POST") && path.startsWith("/api/platform/v1/supervision/")) {
			answer(exchange, 200, "application/json", """
					{"event_id":"e","task_id":"t","order_id":"ORD-1","step":"COMPLETED"}""");
		}
		else if (method.equals("POST") && path.endsWith("/events")) {
			answer(exchange, 409, "application/problem+json", """
					{"title":"Conflict","status":409,"detail":"The ticket is completed","errors":[]}""");
		}
		else {
			answer(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
		}
	}

	private static void answer(HttpExchange exchange, int status, String type, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Call(String method, String path, String authorization, String body) {
	}

}
