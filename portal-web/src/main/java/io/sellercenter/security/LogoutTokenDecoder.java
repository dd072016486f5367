package io.sellercenter.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies a logout token as OIDC Back-Channel Logout 1.0 (section 2.6) asks: signature
 * by the provider's key, {@code typ} logout+jwt (or plain JWT), {@code iss}, {@code aud},
 * a recent {@code iat}, the back-channel {@code events} member, {@code sid} or
 * {@code sub}, and no {@code nonce}. Replay of {@code jti} is checked by the caller,
 * which has Redis.
 */
final class LogoutTokenDecoder {

	static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	private LogoutTokenDecoder() {
	}

	static JwtDecoder forRegistration(ClientRegistration registration) {
		ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(provider.getJwkSetUri())
			.jwtProcessorCustomizer((processor) -> processor.setJWSTypeVerifier(
					new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null)))
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(provider.getIssuerUri()), audience(registration.getClientId()),
				LogoutTokenDecoder::logoutClaims));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> audience(String clientId) {
		return (jwt) -> {
			List<String> audience = jwt.getAudience();
			return (audience != null && audience.contains(clientId)) ? OAuth2TokenValidatorResult.success()
					: invalid("aud does not name this client");
		};
	}

	private static OAuth2TokenValidatorResult logoutClaims(Jwt jwt) {
		Instant issuedAt = jwt.getIssuedAt();
		if (issuedAt == null || issuedAt.isBefore(Instant.now().minus(MAX_AGE))
				|| issuedAt.isAfter(Instant.now().plus(Duration.ofMinutes(1)))) {
			return invalid("iat missing or out of range");
		}
		Object events = jwt.getClaims().get("events");
		if (!(events instanceof Map<?, ?> map) || !map.containsKey(EVENT)) {
			return invalid("events lacks the back-channel logout event");
		}
		if (jwt.hasClaim("nonce")) {
			return invalid("a logout token must not carry a nonce");
		}
		if (jwt.getClaimAsString("sid") == null && jwt.getSubject() == null) {
			return invalid("neither sid nor sub");
		}
		if (jwt.getId() == null) {
			return invalid("jti missing");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_logout_token", description, null));
	}

}
