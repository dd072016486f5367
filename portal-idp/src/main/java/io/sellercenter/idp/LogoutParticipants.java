package io.sellercenter.idp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/**
 * Which clients received an ID token in which provider session ({@code sid}). In memory:
 * the provider runs as a single instance.
 */
class LogoutParticipants implements ApplicationListener<HttpSessionDestroyedEvent> {

	private final Map<String, Set<Participant>> bySid = new ConcurrentHashMap<>();

	void add(String sid, Participant participant) {
		this.bySid.computeIfAbsent(sid, (key) -> ConcurrentHashMap.newKeySet()).add(participant);
	}

	/** Forgets and returns the participants of a session that is ending. */
	List<Participant> remove(String sid) {
		Set<Participant> participants = this.bySid.remove(sid);
		return (participants != null) ? List.copyOf(participants) : List.of();
	}

	/**
	 * Sessions that simply expire are forgotten without notifying anyone; only an
	 * explicit sign-out sends logout tokens.
	 */
	@Override
	public void onApplicationEvent(HttpSessionDestroyedEvent event) {
		this.bySid.remove(SessionIds.sid(event.getId()));
	}

	/**
	 * A client that got an ID token.
	 *
	 * @param clientId the client id (the logout token's {@code aud})
	 * @param subject the ID token's {@code sub}
	 * @param issuer the ID token's {@code iss}
	 */
	record Participant(String clientId, String subject, String issuer) {
	}

}
