package io.sellercenter.idp;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal cookie-keeping HTTP client that behaves like a browser towards the provider,
 * without following redirects so tests can look at each step.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	Browser(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String base() {
		return this.base;
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
	}

	HttpResponse<String> get(String pathOrUrl, String acceptLanguage) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Accept", "text/html")
			.header("Accept-Language", acceptLanguage)
			.GET());
	}

	HttpResponse<String> post(String pathOrUrl, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	/** A form with one file, as a browser sends {@code enctype="multipart/form-data"}. */
	HttpResponse<String> postMultipart(String pathOrUrl, Map<String, String> fields, String fileField, String fileName,
			byte[] file) {
		String boundary = "----sandbox" + System.nanoTime();
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(fileField)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + file.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(file, 0, body, start.length, file.length);
		System.arraycopy(end, 0, body, start.length + file.length, end.length);
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** A POST as a relying party's back end sends it: client credentials, no cookies. */
	HttpResponse<String> postAsClient(String path, String clientId, String secret, Map<String, String> form) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)))
			.build();
		return sendWithoutCookies(request);
	}

	HttpResponse<String> getWithBearer(String path, String accessToken) {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + accessToken)
			.GET()
			.build();
		return sendWithoutCookies(request);
	}

	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("IDPSESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No IDPSESSION cookie in " + this.cookies.getCookieStore()));
	}

	static String location(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode() + " " + response.body()));
	}

	static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token in " + page.body());
		}
		return matcher.group(1);
	}

	static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> sendWithoutCookies(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
