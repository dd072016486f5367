package io.sellercenter.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The provider's demo merchant server as a person drives it from its sandbox page
 * ({@code /sandbox/demo-merchant}): registers a key the portal showed, and switches how
 * the calls signed with a key are answered (NORMAL, FAIL, ERROR, SLOW, PROCESSING).
 */
public final class DemoMerchant {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public DemoMerchant() {
		this.base = PortalTestServices.idp().getEnvironment().getProperty("idp.issuer");
	}

	/**
	 * The address a portal registers to reach it: a name, as production addresses are.
	 */
	public String address() {
		return this.base.replace("127.0.0.1", "localhost");
	}

	public void register(String accessKey, String secret) {
		post("/sandbox/demo-merchant/keys", Map.of("accessKey", accessKey, "secret", secret));
	}

	public void mode(String accessKey, String mode) {
		post("/sandbox/demo-merchant/mode", Map.of("accessKey", accessKey, "mode", mode));
	}

	private void post(String path, Map<String, String> fields) {
		try {
			String page = this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + "/sandbox/demo-merchant")).GET().build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = CSRF.matcher(page);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on the demo merchant's page");
			}
			String form = new java.util.LinkedHashMap<>(fields).entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			int status = this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			if (status != 303) {
				throw new IllegalStateException(path + " answered " + status);
			}
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
