package io.sellercenter.idp;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the account center's user claims into ID tokens and makes the stable user id the
 * {@code sub} of user tokens. Also remembers which client got an ID token under which
 * {@code sid}, for back-channel logout.
 */
class TokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final LogoutParticipants participants;

	TokenCustomizer(LogoutParticipants participants) {
		this.participants = participants;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (!(context.getPrincipal().getPrincipal() instanceof IdpPrincipal principal)) {
			return; // client_credentials: the client is the subject
		}
		IdpProperties.User user = principal.user();
		JwtClaimsSet.Builder claims = context.getClaims();
		// Spring uses the sign-in name as sub; the account center uses a stable id.
		claims.subject(user.id());
		if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
			UserClaims.of(user).forEach(claims::claim);
			rememberParticipant(context, user);
		}
	}

	private void rememberParticipant(JwtEncodingContext context, IdpProperties.User user) {
		// JwtGenerator has already set sid: the hash of the provider session id for the
		// authorization_code grant, copied from the previous ID token on refresh.
		AtomicReference<Object> sid = new AtomicReference<>();
		context.getClaims().claims((claims) -> sid.set(claims.get("sid")));
		if (sid.get() instanceof String value && context.getAuthorizationServerContext() != null) {
			this.participants.add(value, new LogoutParticipants.Participant(context.getRegisteredClient().getClientId(),
					user.id(), context.getAuthorizationServerContext().getIssuer()));
		}
	}

}
