package io.sellercenter.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Links between portal sessions, their users and the identity provider's sessions, kept
 * in Redis beside the sessions so that every instance finds them.
 * <ul>
 * <li>{@code <ns>:session:links:user:<userId>}: hash of handle to session id;</li>
 * <li>{@code <ns>:session:links:sid:<sid>}: set of {@code userId/handle} for a provider
 * session.</li>
 * </ul>
 * Each link (re)sets its key's time to live to a session's absolute lifetime, so a key
 * lives at least as long as the newest session it names, and no session can outlive the
 * links that disabling its user or a provider logout look it up by. A link whose session
 * has gone is pruned when it is read.
 */
@Component
public class SessionLinks {

	/** Attributes the portal keeps in each session, besides the security context. */
	public static final String HANDLE = "portal.handle";

	public static final String USER_AGENT = "portal.userAgent";

	public static final String CLIENT_IP = "portal.clientIp";

	/** Covers a small difference between the instances' clocks and Redis's. */
	private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StringRedisTemplate redis;

	private final SessionRepository<? extends Session> sessions;

	private final String prefix;

	private final Duration linkTtl;

	SessionLinks(StringRedisTemplate redis, SessionRepository<? extends Session> sessions,
			@Value("${portal.redis-namespace}") String namespace, PortalSessionProperties properties) {
		this.redis = redis;
		this.sessions = sessions;
		this.prefix = namespace + ":session:links:";
		this.linkTtl = properties.absoluteTimeout().plus(CLOCK_MARGIN);
	}

	/** A new random handle for a session, to name it in pages without exposing its id. */
	public static String newHandle() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Links a session that has just begun (its lifetime starts at sign-in) to its user
	 * and provider session.
	 */
	public void link(String sessionId, String handle, long userId, String providerSid) {
		String userKey = userKey(userId);
		this.redis.opsForHash().put(userKey, handle, sessionId);
		this.redis.expire(userKey, this.linkTtl);
		if (providerSid != null && !providerSid.isBlank()) {
			String sidKey = sidKey(providerSid);
			this.redis.opsForSet().add(sidKey, userId + "/" + handle);
			this.redis.expire(sidKey, this.linkTtl);
		}
	}

	public void unlink(long userId, String handle) {
		this.redis.opsForHash().delete(userKey(userId), handle);
	}

	/**
	 * The user's live sessions, newest first; links to sessions that have ended are
	 * pruned.
	 */
	public List<ActiveSession> sessionsOf(long userId, String currentHandle) {
		List<ActiveSession> result = new ArrayList<>();
		for (Map.Entry<Object, Object> link : this.redis.opsForHash().entries(userKey(userId)).entrySet()) {
			String handle = (String) link.getKey();
			Session session = this.sessions.findById((String) link.getValue());
			if (session == null) {
				unlink(userId, handle);
				continue;
			}
			result.add(new ActiveSession(handle, session.getCreationTime(), session.getLastAccessedTime(),
					session.getAttribute(USER_AGENT), session.getAttribute(CLIENT_IP), handle.equals(currentHandle)));
		}
		result.sort(Comparator.comparing(ActiveSession::createdAt).reversed());
		return result;
	}

	public Optional<ActiveSession> find(long userId, String handle, String currentHandle) {
		return sessionsOf(userId, currentHandle).stream().filter((s) -> s.handle().equals(handle)).findFirst();
	}

	/** Ends one session of this user; false when the user has no such session. */
	public boolean end(long userId, String handle) {
		Object sessionId = this.redis.opsForHash().get(userKey(userId), handle);
		if (sessionId == null) {
			return false;
		}
		this.sessions.deleteById((String) sessionId);
		unlink(userId, handle);
		return true;
	}

	/** Ends every session of this user, on every instance; the number ended. */
	public int endAll(long userId) {
		Map<Object, Object> links = this.redis.opsForHash().entries(userKey(userId));
		links.values().forEach((id) -> this.sessions.deleteById((String) id));
		this.redis.delete(userKey(userId));
		return links.size();
	}

	/**
	 * Rewrites each live session of a user (for instance with a principal that has new
	 * menus); the updater says whether it changed the session, which is then saved.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void updateSessions(long userId, Predicate<Session> updater) {
		for (Object id : this.redis.opsForHash().values(userKey(userId))) {
			Session session = this.sessions.findById((String) id);
			if (session != null && updater.test(session)) {
				((SessionRepository) this.sessions).save(session);
			}
		}
	}

	/**
	 * Ends the portal sessions that came from one provider session (back-channel logout).
	 */
	public int endProviderSession(String providerSid) {
		String sidKey = sidKey(providerSid);
		Set<String> members = this.redis.opsForSet().members(sidKey);
		int ended = 0;
		if (members != null) {
			for (String member : members) {
				int slash = member.indexOf('/');
				if (slash > 0 && end(Long.parseLong(member.substring(0, slash)), member.substring(slash + 1))) {
					ended++;
				}
			}
		}
		this.redis.delete(sidKey);
		return ended;
	}

	private String userKey(long userId) {
		return this.prefix + "user:" + userId;
	}

	private String sidKey(String sid) {
		return this.prefix + "sid:" + sid;
	}

}
