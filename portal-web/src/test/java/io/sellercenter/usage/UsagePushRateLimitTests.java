package io.sellercenter.usage;

import java.net.URI;

import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The per-merchant rate limit, with a limit low enough that a burst exceeds it however
 * busy the machine is (at the default of 50 a second, a loaded test machine may never
 * send 50 requests within one second).
 */
@Tag("attack")
@PortalTest
@TestPropertySource(properties = "portal.usage.requests-per-second=2")
class UsagePushRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final UsagePushClient acme = new UsagePushClient(URI.create("http://localhost"), "acme-demo-key",
			"acme-demo-secret");

	@Test
	void aMerchantOverItsRateLimitIsToldToSlowDown() throws Exception {
		long requests = count("usage_request");
		MockHttpServletResponse limited = null;
		for (int i = 0; i < 20 && limited == null; i++) {
			// A body refused after the limit is counted: nothing is stored whatever the
			// answer.
			MockHttpServletResponse response = send(this.acme.sign("{\"records\": []}"));
			limited = (response.getStatus() == 429) ? response : null;
		}
		assertThat(limited).as("a burst above 2 requests a second gets 429").isNotNull();
		assertThat(limited.getContentAsString()).contains("\"error_code\":\"MKT.0429\"");
		assertThat(count("usage_request")).as("nothing stored").isEqualTo(requests);
		// The window is one second: let it pass so the tests after this one are not
		// limited.
		Thread.sleep(1100);
	}

	private MockHttpServletResponse send(SignedPush push) throws Exception {
		return this.mvc
			.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON)
				.header("access-key", push.accessKey())
				.header("ts", push.ts())
				.header("nonce", push.nonce())
				.header("signature", push.signature())
				.content(push.body()))
			.andReturn()
			.getResponse();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
