package io.sellercenter.idp;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

/** Turns {@code idp.clients.*} into registered clients. */
final class RegisteredClients {

	/**
	 * Client setting holding the OIDC back-channel logout URI; Spring Authorization
	 * Server has no field for it.
	 */
	static final String BACKCHANNEL_LOGOUT_URI = "settings.client.backchannel-logout-uri";

	private RegisteredClients() {
	}

	static InMemoryRegisteredClientRepository repository(Map<String, IdpProperties.Client> clients) {
		List<RegisteredClient> registered = clients.entrySet()
			.stream()
			.map((entry) -> toRegisteredClient(entry.getKey(), entry.getValue()))
			.toList();
		return new InMemoryRegisteredClientRepository(registered);
	}

	private static RegisteredClient toRegisteredClient(String name, IdpProperties.Client client) {
		ClientSettings.Builder settings = ClientSettings.builder()
			.requireProofKey(client.requirePkce())
			.requireAuthorizationConsent(false);
		if (StringUtils.hasText(client.backchannelLogoutUri())) {
			settings.setting(BACKCHANNEL_LOGOUT_URI, client.backchannelLogoutUri());
		}
		return RegisteredClient.withId(name)
			.clientId(client.clientId())
			.clientSecret(Passwords.withEncoderPrefix(client.clientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantTypes(
					(grants) -> client.grantTypes().forEach((grant) -> grants.add(new AuthorizationGrantType(grant))))
			.redirectUris((uris) -> uris.addAll(client.redirectUri()))
			.postLogoutRedirectUris((uris) -> uris.addAll(client.postLogoutRedirectUri()))
			.scopes((scopes) -> scopes.addAll(client.scopes()))
			.clientSettings(settings.build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(client.accessTokenTtl())
				.refreshTokenTimeToLive(client.refreshTokenTtl())
				.build())
			.build();
	}

}
