package io.sellercenter.saas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one HTTP client for merchants' addresses, so every rule is in one place: the
 * portal's own network is refused after the name is resolved and the checked address is
 * the one connected to ({@link AddressGuard}); no redirect is followed, no cookie kept,
 * no proxy taken from the environment, no request retried by itself; an answer is read up
 * to {@link #MAX_ANSWER} bytes and the whole exchange is cut at its deadline, however
 * slowly the server trickles.
 */
@Component
public class MerchantClient implements DisposableBean {

	/** Answers are a few hundred bytes of JSON; more is not read. */
	static final int MAX_ANSWER = 64 * 1024;

	private final CloseableHttpClient http;

	private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "merchant-call-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final boolean allowLoopback;

	MerchantClient(@Value("${portal.saas.allow-loopback:false}") boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new AddressGuard(allowLoopback))
				.setMaxConnTotal(64)
				.setMaxConnPerRoute(4)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(5))
					.setTimeToLive(Timeout.ofMinutes(1))
					.build())
				.build())
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAutomaticRetries()
			.disableAuthCaching()
			.setUserAgent("SellerCenter-Marketplace/1.0")
			.build();
	}

	/** Whether plain HTTP and loopback are allowed (tests and the local run only). */
	public boolean allowsLoopback() {
		return this.allowLoopback;
	}

	/**
	 * Sends a GET (no body) or a POST of JSON and reads the answer.
	 * @throws Refused when no answer could be had, with the reason
	 */
	public Answer send(URI uri, byte[] jsonBody, Duration timeout) throws Refused {
		String scheme = uri.getScheme();
		if (!"https".equals(scheme) && !("http".equals(scheme) && this.allowLoopback)) {
			throw new Refused(CallFailure.ADDRESS_REFUSED, "only https addresses are called");
		}
		HttpUriRequestBase request = (jsonBody != null) ? new HttpPost(uri) : new HttpGet(uri);
		if (jsonBody != null) {
			request.setEntity(new ByteArrayEntity(jsonBody, ContentType.APPLICATION_JSON));
		}
		request.setConfig(RequestConfig.custom()
			.setResponseTimeout(Timeout.of(timeout))
			.setConnectionRequestTimeout(Timeout.of(timeout))
			.build());
		ScheduledFuture<?> cut = this.deadlines.schedule(request::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
		long started = System.nanoTime();
		try {
			return this.http.execute(request, (response) -> new Answer(response.getCode(),
					contentType(response.getEntity()), read(response.getEntity())));
		}
		catch (AddressGuard.Refused ex) {
			throw new Refused(CallFailure.ADDRESS_REFUSED, ex.getMessage());
		}
		catch (TooLarge ex) {
			throw new Refused(CallFailure.TOO_LARGE, "the answer is larger than " + MAX_ANSWER + " bytes");
		}
		catch (InterruptedIOException ex) {
			throw new Refused(CallFailure.TIMEOUT, "no answer within " + timeout.toSeconds() + " s");
		}
		catch (IOException ex) {
			if (request.isCancelled() || System.nanoTime() - started >= timeout.toNanos()) {
				throw new Refused(CallFailure.TIMEOUT, "no answer within " + timeout.toSeconds() + " s");
			}
			throw new Refused(CallFailure.UNREACHABLE, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			cut.cancel(false);
		}
	}

	private static String contentType(HttpEntity entity) {
		return (entity == null || entity.getContentType() == null) ? "" : entity.getContentType();
	}

	private static byte[] read(HttpEntity entity) throws IOException {
		if (entity == null) {
			return new byte[0];
		}
		try (InputStream in = entity.getContent()) {
			byte[] body = in.readNBytes(MAX_ANSWER + 1);
			if (body.length > MAX_ANSWER) {
				throw new TooLarge();
			}
			return body;
		}
	}

	@Override
	public void destroy() throws IOException {
		this.deadlines.shutdownNow();
		this.http.close();
	}

	/**
	 * What came back: the status, the content type and at most {@link #MAX_ANSWER} bytes.
	 */
	public record Answer(int status, String contentType, byte[] body) {

	}

	/** No answer to check: the call could not be made or was cut. */
	public static final class Refused extends Exception {

		private final CallFailure failure;

		Refused(CallFailure failure, String detail) {
			super(detail, null, false, false);
			this.failure = failure;
		}

		public CallFailure failure() {
			return this.failure;
		}

	}

	private static final class TooLarge extends IOException {

	}

}
