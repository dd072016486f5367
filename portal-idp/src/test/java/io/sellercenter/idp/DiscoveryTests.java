package io.sellercenter.idp;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IdpSpringBootTest
class DiscoveryTests {

	@LocalServerPort
	int port;

	@Test
	void advertisesIssuerEndSessionAndBackChannelLogout() {
		String base = "http://127.0.0.1:" + this.port;
		Map<String, Object> discovery = OidcFlow.json(new Browser(base).get("/.well-known/openid-configuration"));
		assertThat(discovery).containsEntry("issuer", base)
			.containsEntry("authorization_endpoint", base + "/oauth2/authorize")
			.containsEntry("token_endpoint", base + "/oauth2/token")
			.containsEntry("jwks_uri", base + "/oauth2/jwks")
			.containsEntry("userinfo_endpoint", base + "/userinfo")
			.containsEntry("end_session_endpoint", base + "/connect/logout")
			.containsEntry("backchannel_logout_supported", true)
			.containsEntry("backchannel_logout_session_supported", true);
	}

}
