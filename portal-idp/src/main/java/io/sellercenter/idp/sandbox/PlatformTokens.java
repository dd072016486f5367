package io.sellercenter.idp.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Access tokens for the platform API from this provider's own token endpoint, as a
 * marketplace client gets them (client credentials, scope {@code platform}). One token
 * serves every call until shortly before it expires.
 */
class PlatformTokens {

	/** Renew this long before expiry, so a token never runs out on its way. */
	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final RestClient http;

	private final Supplier<String> tokenUri;

	private final String clientId;

	private final String clientSecret;

	private final Clock clock;

	private @Nullable String token;

	private Instant renewAt = Instant.MIN;

	PlatformTokens(RestClient http, Supplier<String> tokenUri, String clientId, String clientSecret, Clock clock) {
		this.http = http;
		this.tokenUri = tokenUri;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.clock = clock;
	}

	synchronized String accessToken() {
		Instant now = this.clock.instant();
		if (this.token == null || !now.isBefore(this.renewAt)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("scope", "platform");
			Map<?, ?> answer = this.http.post()
				.uri(this.tokenUri.get())
				.headers((headers) -> headers.setBasicAuth(this.clientId, this.clientSecret))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.retrieve()
				.body(Map.class);
			if (answer == null || !(answer.get("access_token") instanceof String accessToken)) {
				throw new IllegalStateException("The token endpoint answered without an access token");
			}
			long expiresIn = (answer.get("expires_in") instanceof Number seconds) ? seconds.longValue() : 60;
			this.token = accessToken;
			this.renewAt = now.plusSeconds(expiresIn).minus(MARGIN);
		}
		return this.token;
	}

	/** After the portal refused a token, the next call fetches a fresh one. */
	synchronized void forget() {
		this.token = null;
	}

}
