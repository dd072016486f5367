package io.sellercenter.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.sellercenter.testsupport.PortalTestServices;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Tokens as the marketplace platform gets them: client credentials at the development
 * provider (client {@code marketplace-platform}, scope {@code platform}), and tokens the
 * provider signs with other scopes.
 */
public final class PlatformClient {

	private static String token;

	private static Instant expires = Instant.EPOCH;

	private PlatformClient() {
	}

	/**
	 * A token of the platform client with scope {@code platform}, fetched once a while.
	 */
	public static synchronized String token() {
		if (Instant.now().isAfter(expires)) {
			try {
				String basic = Base64.getEncoder()
					.encodeToString("marketplace-platform:platform-secret".getBytes(StandardCharsets.UTF_8));
				HttpRequest request = HttpRequest.newBuilder(URI.create(PortalTestServices.idpUrl() + "/oauth2/token"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=platform"))
					.build();
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(
							"token endpoint answered " + response.statusCode() + ": " + response.body());
				}
				token = JsonMapper.builder().build().readTree(response.body()).get("access_token").stringValue();
				expires = Instant.now().plusSeconds(120);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return token;
	}

	/** A token the provider signs for the platform client, with other scopes. */
	public static String tokenWithScopes(String... scopes) {
		return tokenFor("marketplace-platform", List.of("marketplace-platform"), scopes);
	}

	/**
	 * A token the provider signs for another client: {@code subject} as its subject and
	 * authorized party, {@code audience} as its audience (none if empty).
	 */
	public static String tokenFor(String subject, List<String> audience, String... scopes) {
		JwtEncoder provider = PortalTestServices.idp().getBean(JwtEncoder.class);
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(PortalTestServices.idpUrl())
			.subject(subject)
			.claim("azp", subject)
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plusSeconds(120))
			.id(UUID.randomUUID().toString())
			.claim("scope", List.of(scopes));
		if (!audience.isEmpty()) {
			claims.audience(audience);
		}
		return provider
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

}
