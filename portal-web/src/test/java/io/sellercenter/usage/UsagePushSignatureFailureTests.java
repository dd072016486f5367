package io.sellercenter.usage;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed signatures are limited per client address and per key (429, {@code MKT.0429}),
 * and an unknown key is answered no faster than a known one with a wrong signature, so
 * neither guessing nor timing tells an attacker anything. Each test uses addresses and
 * keys of its own, so the limits it reaches touch no other test.
 */
@Tag("attack")
@PortalTest
class UsagePushSignatureFailureTests {

	static final String BODY = "{\"usage_records\":[]}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeyService keys;

	@Test
	void anAddressThatKeepsFailingIsRefusedEvenWithAGoodSignature() throws Exception {
		String address = "198.51.100." + (1 + (int) (Math.random() * 250));
		UsagePushClient forger = new UsagePushClient(URI.create("http://x"),
				"no-key-" + UUID.randomUUID().toString().substring(0, 8), "wrong-secret");
		for (int i = 0; i < 20; i++) {
			assertThat(send(forger.sign(BODY), address).getStatus()).isEqualTo(401);
		}

		MockHttpServletResponse limited = send(demo().sign(BODY), address);

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains("\"error_code\":\"MKT.0429\"");
		assertThat(send(demo().sign(BODY), "203.0.113.9").getContentAsString()).as("other addresses push as usual")
			.contains("MKT.0000");
	}

	/**
	 * Failures naming a key are answered 429 once the key has failed too often, from any
	 * address; the merchant's own correctly signed pushes with that key still go through.
	 */
	@Test
	void aKeyThatKeepsFailingHasItsFailuresLimitedButItsOwnPushesGoThrough() throws Exception {
		String keyId = globexKey();
		try {
			UsagePushClient forger = new UsagePushClient(URI.create("http://x"), keyId, "wrong-secret");
			for (int i = 0; i < 60; i++) {
				assertThat(send(forger.sign(BODY), "192.0.2." + (i % 50 + 1)).getStatus()).isEqualTo(401);
			}

			MockHttpServletResponse limited = send(forger.sign(BODY), "203.0.113.77");
			assertThat(limited.getStatus()).isEqualTo(429);
			assertThat(limited.getContentAsString()).contains("MKT.0429");

			MockHttpServletResponse own = send(
					new UsagePushClient(URI.create("http://x"), keyId, "the-secret").sign(BODY), "203.0.113.78");
			assertThat(own.getContentAsString()).contains("MKT.0000");
		}
		finally {
			deleteGlobexKey(keyId);
		}
	}

	@Autowired
	UsagePushController controller;

	/**
	 * Before the fix an unknown key was refused without hashing the body. The cost is the
	 * processor time of the thread that handles the push, called here directly on this
	 * thread (through MockMvc, copying a megabyte of body costs ten times the hash and
	 * hides it); waiting for the database, Redis or a busy machine does not count. Pairs
	 * alternate, and the ratios are compared at their median.
	 */
	@Test
	void anUnknownKeyCostsAsMuchAsAKnownOne() {
		String big = "{\"usage_records\":[],\"padding\":\"" + "x".repeat(1_000_000) + "\"}";
		String keyId = globexKey();
		UsagePushClient known = new UsagePushClient(URI.create("http://x"), keyId, "wrong-secret");
		List<Double> ratios = new ArrayList<>();
		try {
			for (int i = 0; i < 30; i++) {
				UsagePushClient unknown = new UsagePushClient(URI.create("http://x"),
						"no-key-" + UUID.randomUUID().toString().substring(0, 8), "wrong-secret");
				long knownNanos = cpuTime(known.sign(big), "100.64.1." + (i + 1));
				long unknownNanos = cpuTime(unknown.sign(big), "100.64.2." + (i + 1));
				if (i >= 5) {
					ratios.add((double) unknownNanos / knownNanos);
				}
			}
		}
		finally {
			deleteGlobexKey(keyId);
		}
		Collections.sort(ratios);
		double median = ratios.get(ratios.size() / 2);
		assertThat(median).as("processor time of an unknown key over a known key's, median of %s", ratios)
			.isGreaterThan(0.7);
	}

	private long cpuTime(SignedPush push, String address) {
		byte[] body = push.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setRemoteAddr(address);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		var answer = this.controller.push(push.accessKey(), push.ts(), push.nonce(), push.signature(), body, request);
		long nanos = threads.getCurrentThreadCpuTime() - start;
		assertThat(answer.getStatusCode().value()).isEqualTo(401);
		return nanos;
	}

	/** A key of Globex's own for one test, so the failures it piles up harm no other. */
	private String globexKey() {
		String keyId = "limit-key-" + UUID.randomUUID().toString().substring(0, 8);
		this.keys.create(globex(), "Limit test", keyId, "the-secret", new Actor(null, "test", globex(), null));
		return keyId;
	}

	private void deleteGlobexKey(String keyId) {
		this.keys.delete(globex(), keyId, new Actor(null, "test", globex(), null));
	}

	private MerchantId globex() {
		return new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'globex'", Long.class));
	}

	private UsagePushClient demo() {
		return new UsagePushClient(URI.create("http://x"), "acme-demo-key", "acme-demo-secret");
	}

	private MockHttpServletResponse send(SignedPush push, String address) throws Exception {
		return this.mvc.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON)
			.header("access-key", push.accessKey())
			.header("ts", push.ts())
			.header("nonce", push.nonce())
			.header("signature", push.signature())
			.content(push.body())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse();
	}

}
