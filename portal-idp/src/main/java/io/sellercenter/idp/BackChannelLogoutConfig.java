package io.sellercenter.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** Back-channel logout for both ways a provider session ends by sign-out. */
class BackChannelLogoutConfig {

	@Bean
	LogoutParticipants logoutParticipants() {
		return new LogoutParticipants();
	}

	@Bean
	BackChannelLogoutNotifier backChannelLogoutNotifier(LogoutParticipants participants,
			RegisteredClientRepository clients, JwtEncoder jwtEncoder) {
		return new BackChannelLogoutNotifier(participants, clients, jwtEncoder);
	}

	/**
	 * Response handler of {@code /connect/logout} (RP-initiated logout): the default one
	 * ends the session and redirects to the validated {@code post_logout_redirect_uri};
	 * we notify the other clients of the session first.
	 */
	static AuthenticationSuccessHandler rpInitiatedLogoutHandler(BackChannelLogoutNotifier notifier) {
		SecurityContextLogoutHandler endSession = new SecurityContextLogoutHandler();
		OidcLogoutAuthenticationSuccessHandler handler = new OidcLogoutAuthenticationSuccessHandler();
		handler.setLogoutHandler((request, response, authentication) -> {
			OidcLogoutAuthenticationToken logout = (OidcLogoutAuthenticationToken) authentication;
			if (logout.isPrincipalAuthenticated()) {
				notifier.logout(request, response, authentication);
				endSession.logout(request, response, (Authentication) logout.getPrincipal());
			}
		});
		return handler;
	}

}
