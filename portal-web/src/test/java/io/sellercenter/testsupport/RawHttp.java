package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Requests of a signed-in browser to a running portal, over connections a test controls:
 * the page that carries a form's CSRF token, and a form's POST whose answer the test
 * reads at its own pace (or not at all, as a stalled download).
 */
public final class RawHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RawHttp() {
	}

	/**
	 * The CSRF token of the session with this {@code SESSION} cookie, from the first form
	 * of the page that carries one.
	 */
	public static String csrfToken(int port, String cookie, String page) {
		HttpResponse<String> response = get(port, cookie, page, "en");
		if (response.statusCode() != 200) {
			throw new IllegalStateException(page + " answered " + response.statusCode());
		}
		Element token = Jsoup.parse(response.body()).selectFirst("form input[name=_csrf]");
		if (token == null) {
			throw new IllegalStateException(page + " has no form with a CSRF token");
		}
		return token.val();
	}

	/** A GET of the signed-in browser, in this language ({@code portal-lang} cookie). */
	public static HttpResponse<String> get(int port, String cookie, String path, String language) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Cookie", "SESSION=" + cookie + "; portal-lang=" + language)
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A form's POST ({@code form} URL-encoded, CSRF token included) sent on a connection
	 * with a small receive buffer, so that a test that stops reading stalls the server's
	 * writes soon. The test reads the answer from the socket, or never does.
	 */
	public static Socket post(int port, String cookie, String path, String form, String language) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(16 * 1024);
		socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		socket.setSoTimeout(30_000);
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		OutputStream out = socket.getOutputStream();
		out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: SESSION=" + cookie
				+ "; portal-lang=" + language
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
		return socket;
	}

}
