package io.sellercenter.idp.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class PlatformApiTests {

	private static final String TOKEN_URI = "http://idp.test/oauth2/token";

	private final RestClient.Builder builder = RestClient.builder();

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final MutableClock clock = new MutableClock();

	private final PlatformApi api = api();

	@Test
	void openTicketAsksForAClientCredentialsTokenThenSendsSnakeCaseJson() {
		expectToken("token-1", 300);
		this.server.expect(once(), requestTo("http://portal.test/api/platform/v1/tickets"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("Authorization", "Bearer token-1"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.event_id").value("ev-1"))
			.andExpect(jsonPath("$.ticket_id").value("TK202612070800001234"))
			.andExpect(jsonPath("$.product_id").value(12))
			.andExpect(jsonPath("$.customer.account_name").value("demo-customer"))
			.andExpect(jsonPath("$.attachments[0].content_base64").value("aGk="))
			.andExpect(jsonPath("$.created_at").value("2026-12-07T08:00:00Z"))
			.andExpect(jsonPath("$.order_id").doesNotExist())
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("""
					{"event_id":"ev-1","ticket_id":"TK202612070800001234","status":0,
					"handler":"acme-support","routed_to":"PRIMARY_HANDLER"}"""));

		PlatformApi.TicketOpened opened = this.api.openTicket(new PlatformApi.NewTicket("ev-1", "TK202612070800001234",
				"acme", 12, null, null, new PlatformApi.Customer("cust-demo-1", "Demo Customer Ltd", "demo-customer"),
				"Image will not boot", "FAULT", "It stops", List.of(new PlatformApi.Attachment("a.txt", "aGk=")),
				"2026-12-07T08:00:00Z"));

		assertThat(opened.handler()).isEqualTo("acme-support");
		assertThat(opened.routedTo()).isEqualTo("PRIMARY_HANDLER");
		this.server.verify();
	}

	@Test
	void tokenServesUntilShortlyBeforeItExpires() {
		expectToken("token-1", 300);
		expectEvent("Bearer token-1", "ACCESS_GRANTED");
		expectEvent("Bearer token-1", "ACCESS_GRANTED");
		expectToken("token-2", 300);
		expectEvent("Bearer token-2", "ACCESS_GRANTED");

		this.api.send("TK1", grant("ev-1"));
		this.clock.advance(Duration.ofSeconds(200));
		this.api.send("TK1", grant("ev-2"));
		this.clock.advance(Duration.ofSeconds(75));
		this.api.send("TK1", grant("ev-3"));

		this.server.verify();
	}

	@Test
	void conflictComesBackWithTheProblem() {
		expectToken("token-1", 300);
		this.server.expect(once(), requestTo("http://portal.test/api/platform/v1/tickets/TK1/events"))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"title":"Conflict","status":409,"detail":"The ticket is completed",
					"errors":[{"field":"type","message":"not now"}]}"""));

		assertThatThrownBy(() -> this.api.send("TK1", grant("ev-1")))
			.isInstanceOfSatisfying(PlatformApi.PlatformApiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(409);
				Notices.Notice notice = Notices.refusal(ex, "this");
				assertThat(notice.text()).contains("409 Conflict", "The ticket is completed.");
				assertThat(notice.details()).containsExactly("type: not now");
			});
	}

	private void expectToken(String token, int expiresIn) {
		this.server.expect(once(), requestTo(TOKEN_URI))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("Authorization", "Basic bWFya2V0cGxhY2UtcGxhdGZvcm06cGxhdGZvcm0tc2VjcmV0"))
			.andExpect(content()
				.formDataContains(java.util.Map.of("grant_type", "client_credentials", "scope", "platform")))
			.andRespond(withSuccess("""
					{"access_token":"%s","token_type":"Bearer","expires_in":%d,"scope":"platform"}""".formatted(token,
					expiresIn), MediaType.APPLICATION_JSON));
	}

	private void expectEvent(String authorization, String type) {
		this.server.expect(once(), requestTo("http://portal.test/api/platform/v1/tickets/TK1/events"))
			.andExpect(header("Authorization", authorization))
			.andExpect(jsonPath("$.type").value(type))
			.andExpect(jsonPath("$.access.kind").value("CONSOLE"))
			.andExpect(jsonPath("$.access.details").value("IAM user support"))
			.andExpect(jsonPath("$.message").doesNotExist())
			.andRespond(withSuccess("""
					{"event_id":"e","ticket_id":"TK1","status":5}""", MediaType.APPLICATION_JSON));
	}

	private static PlatformApi.TicketEvent grant(String eventId) {
		return new PlatformApi.TicketEvent(eventId, "ACCESS_GRANTED", null, null,
				new PlatformApi.Access("CONSOLE", "IAM user support"), "2026-12-07T08:00:00Z");
	}

	private PlatformApi api() {
		RestClient http = this.builder.build();
		PlatformTokens tokens = new PlatformTokens(http, () -> TOKEN_URI, "marketplace-platform", "platform-secret",
				this.clock);
		return new PlatformApi(http, tokens, URI.create("http://portal.test"));
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
