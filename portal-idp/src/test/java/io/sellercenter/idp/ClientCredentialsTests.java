package io.sellercenter.idp;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

@IdpSpringBootTest
class ClientCredentialsTests {

	@LocalServerPort
	int port;

	@Test
	void platformGetsJwtWithPlatformScope() {
		String base = "http://127.0.0.1:" + this.port;
		HttpResponse<String> response = new Browser(base).postAsClient("/oauth2/token", "marketplace-platform",
				"platform-secret", Map.of("grant_type", "client_credentials", "scope", "platform"));
		Map<String, Object> body = OidcFlow.json(response);
		assertThat(body).containsEntry("token_type", "Bearer").containsEntry("scope", "platform");

		Jwt jwt = OidcFlow.decoder(base).decode((String) body.get("access_token"));
		assertThat(jwt.getClaimAsStringList("scope")).containsExactly("platform");
		assertThat(jwt.getIssuer()).hasToString(base);
		assertThat(jwt.getSubject()).isEqualTo("marketplace-platform");
		assertThat(jwt.getAudience()).containsExactly("marketplace-platform");
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
	}

	@Test
	void wrongSecretIsUnauthorized() {
		HttpResponse<String> response = new Browser("http://127.0.0.1:" + this.port).postAsClient("/oauth2/token",
				"marketplace-platform", "not-the-secret",
				Map.of("grant_type", "client_credentials", "scope", "platform"));
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void portalCannotUseClientCredentials() {
		HttpResponse<String> response = new Browser("http://127.0.0.1:" + this.port).postAsClient("/oauth2/token",
				"seller-portal", "portal-secret", Map.of("grant_type", "client_credentials"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("unauthorized_client");
	}

}
