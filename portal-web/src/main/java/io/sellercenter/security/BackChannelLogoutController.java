package io.sellercenter.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sellercenter.shared.Actor;
import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.session.SessionLinks;
import io.sellercenter.user.PortalUser;
import io.sellercenter.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider tells the portal that a provider session has ended: every portal session
 * of that {@code sid} (or, without one, every session of that {@code sub}) is deleted
 * from Redis, so the user is signed out on every portal instance at once.
 */
@RestController
class BackChannelLogoutController {

	private static final Logger log = LoggerFactory.getLogger(BackChannelLogoutController.class);

	private final ClientRegistrationRepository registrations;

	private final SessionLinks links;

	private final UserService users;

	private final AuditLog audit;

	private final StringRedisTemplate redis;

	private final String replayPrefix;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	BackChannelLogoutController(ClientRegistrationRepository registrations, SessionLinks links, UserService users,
			AuditLog audit, StringRedisTemplate redis, @Value("${portal.redis-namespace}") String namespace) {
		this.registrations = registrations;
		this.links = links;
		this.users = users;
		this.audit = audit;
		this.redis = redis;
		this.replayPrefix = namespace + ":logout-jti:";
	}

	@PostMapping(path = "/logout/connect/back-channel/{registrationId}", consumes = "application/x-www-form-urlencoded")
	ResponseEntity<Map<String, String>> logout(@PathVariable String registrationId,
			@RequestParam("logout_token") String token) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		if (registration == null) {
			return error("invalid_request", "unknown registration");
		}
		Jwt jwt;
		try {
			jwt = this.decoders
				.computeIfAbsent(registrationId, (id) -> LogoutTokenDecoder.forRegistration(registration))
				.decode(token);
		}
		catch (JwtException ex) {
			log.info("Back-channel logout token refused: {}", ex.getMessage());
			return error("invalid_request", "invalid logout token");
		}
		Boolean first = this.redis.opsForValue()
			.setIfAbsent(this.replayPrefix + jwt.getId(), "1", Duration.ofMinutes(10));
		if (!Boolean.TRUE.equals(first)) {
			return error("invalid_request", "logout token replayed");
		}
		int ended = endSessions(jwt);
		log.info("Back-channel logout for sid={} sub={} ended {} portal session(s)", jwt.getClaimAsString("sid"),
				jwt.getSubject(), ended);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).build();
	}

	private int endSessions(Jwt jwt) {
		String sid = jwt.getClaimAsString("sid");
		PortalUser user = (jwt.getSubject() != null) ? this.users.findBySubject(jwt.getSubject()).orElse(null) : null;
		int ended = (sid != null) ? this.links.endProviderSession(sid)
				: (user != null) ? this.links.endAll(user.id()) : 0;
		if (user != null && ended > 0) {
			this.audit.record(new Actor(user.id(), user.userName(), user.merchant(), null),
					AuditAction.SESSION_ENDED_BY_PROVIDER, AuditTarget.PROVIDER_SESSION, sid);
		}
		return ended;
	}

	private static ResponseEntity<Map<String, String>> error(String code, String description) {
		return ResponseEntity.badRequest()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("error", code, "error_description", description));
	}

}
