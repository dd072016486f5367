package io.sellercenter.saas;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one client for merchants' addresses never reaches the portal's own network, and
 * bounds what it reads and how long it waits. A real server on loopback stands in for a
 * merchant (and for an internal service a merchant would like to reach).
 */
@Tag("attack")
class MerchantClientTests {

	private HttpServer server;

	private final AtomicInteger internalHits = new AtomicInteger();

	private MerchantClient production;

	private MerchantClient tests;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> answer(exchange, 200, "{\"resultCode\":\"000000\"}"));
		this.server.createContext("/internal", (exchange) -> {
			this.internalHits.incrementAndGet();
			answer(exchange, 200, "{\"secret\":\"internal\"}");
		});
		this.server.createContext("/redirect", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/internal");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.server.createContext("/large",
				(exchange) -> answer(exchange, 200, "x".repeat(MerchantClient.MAX_ANSWER + 10)));
		this.server.createContext("/slow", (exchange) -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			answer(exchange, 200, "{}");
		});
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
		this.production = new MerchantClient(false);
		this.tests = new MerchantClient(true);
	}

	@AfterEach
	void stop() throws IOException {
		this.server.stop(0);
		this.production.destroy();
		this.tests.destroy();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/", "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.1/",
			"https://169.254.169.254/latest/meta-data/", "https://[::1]/", "https://[fd00:ec2::254]/",
			"https://100.100.100.200/", "https://0.0.0.0/", "https://[::ffff:127.0.0.1]/", "https://localhost/" })
	void refusesThePortalsOwnNetworkAfterResolving(String url) {
		assertThatThrownBy(() -> this.production.send(URI.create(url), null, Duration.ofSeconds(2)))
			.isInstanceOfSatisfying(MerchantClient.Refused.class,
					(ex) -> assertThat(ex.failure()).isEqualTo(CallFailure.ADDRESS_REFUSED));
	}

	@Test
	void refusesANameThatResolvesToLoopbackEvenOnTheMerchantsPort() {
		// localhost is a name, not a literal: refused for where it resolves.
		assertThatThrownBy(() -> this.production.send(URI.create("https://localhost:" + port() + "/"), null,
				Duration.ofSeconds(2)))
			.isInstanceOfSatisfying(MerchantClient.Refused.class,
					(ex) -> assertThat(ex.getMessage()).contains("not a public address"));
	}

	@Test
	void refusesPlainHttpOutsideTests() {
		assertThatThrownBy(
				() -> this.production.send(URI.create("http://saas.example.com/"), null, Duration.ofSeconds(2)))
			.isInstanceOfSatisfying(MerchantClient.Refused.class,
					(ex) -> assertThat(ex.failure()).isEqualTo(CallFailure.ADDRESS_REFUSED));
	}

	@Test
	void followsNoRedirectSoARedirectToLoopbackReachesNothing() throws Exception {
		MerchantClient.Answer answer = this.tests.send(URI.create(local("/redirect")), null, Duration.ofSeconds(2));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(this.internalHits).hasValue(0);
		assertThat(AnswerCheck.judge(Activity.QUERY_INSTANCE, answer).failure()).isEqualTo(CallFailure.REDIRECT);
	}

	@Test
	void readsNoMoreThanTheLimit() {
		assertThatThrownBy(() -> this.tests.send(URI.create(local("/large")), null, Duration.ofSeconds(2)))
			.isInstanceOfSatisfying(MerchantClient.Refused.class,
					(ex) -> assertThat(ex.failure()).isEqualTo(CallFailure.TOO_LARGE));
	}

	@Test
	void cutsASlowAnswerAtItsDeadline() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> this.tests.send(URI.create(local("/slow")), null, Duration.ofSeconds(1)))
			.isInstanceOfSatisfying(MerchantClient.Refused.class,
					(ex) -> assertThat(ex.failure()).isEqualTo(CallFailure.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void postsJsonAndReadsTheAnswerWhereLoopbackIsAllowed() throws Exception {
		MerchantClient.Answer answer = this.tests.send(URI.create(local("/")), "{}".getBytes(StandardCharsets.UTF_8),
				Duration.ofSeconds(2));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(AnswerCheck.judge(Activity.QUERY_INSTANCE, answer).outcome()).isEqualTo(Outcome.SUCCESS);
	}

	private String local(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	private int port() {
		return this.server.getAddress().getPort();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
