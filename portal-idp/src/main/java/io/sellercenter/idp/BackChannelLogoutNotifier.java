package io.sellercenter.idp;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * OIDC Back-Channel Logout 1.0, which Spring Authorization Server lacks: when a provider
 * session ends by sign-out, every client that got an ID token in it receives a logout
 * token. Sent synchronously, before the logout response, so relying parties have ended
 * their sessions by the time the browser arrives anywhere.
 */
class BackChannelLogoutNotifier implements LogoutHandler {

	static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

	private static final Logger log = LoggerFactory.getLogger(BackChannelLogoutNotifier.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final LogoutParticipants participants;

	private final RegisteredClientRepository clients;

	private final JwtEncoder jwtEncoder;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	BackChannelLogoutNotifier(LogoutParticipants participants, RegisteredClientRepository clients,
			JwtEncoder jwtEncoder) {
		this.participants = participants;
		this.clients = clients;
		this.jwtEncoder = jwtEncoder;
	}

	/** Runs before Spring Security invalidates the session on {@code POST /logout}. */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			sessionEnded(session.getId());
		}
	}

	void sessionEnded(String httpSessionId) {
		String sid = SessionIds.sid(httpSessionId);
		List<LogoutParticipants.Participant> toNotify = this.participants.remove(sid);
		for (LogoutParticipants.Participant participant : toNotify) {
			RegisteredClient client = this.clients.findByClientId(participant.clientId());
			Object uri = (client != null)
					? client.getClientSettings().getSetting(RegisteredClients.BACKCHANNEL_LOGOUT_URI) : null;
			if (uri instanceof String backChannelUri) {
				send(backChannelUri, logoutToken(sid, participant));
			}
		}
	}

	private String logoutToken(String sid, LogoutParticipants.Participant participant) {
		Instant now = Instant.now();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(participant.issuer())
			.audience(List.of(participant.clientId()))
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(2)))
			.id(UUID.randomUUID().toString())
			.claim("events", Map.of(BACKCHANNEL_LOGOUT_EVENT, Map.of()))
			.claim("sid", sid)
			.subject(participant.subject())
			.build();
		return this.jwtEncoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private void send(String uri, String logoutToken) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				log.warn("Back-channel logout to {} answered {}", uri, response.statusCode());
			}
			else {
				log.debug("Back-channel logout to {} done", uri);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.warn("Back-channel logout to {} interrupted", uri);
		}
		catch (Exception ex) {
			// A relying party that is down must not stop the user from signing out.
			log.warn("Back-channel logout to {} failed: {}", uri, ex.toString());
		}
	}

}
