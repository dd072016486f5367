package io.sellercenter.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The ID token of a refused sign-in, kept for a few minutes in the browser's own session
 * (which holds the authorization request already, and no signed-in user): the provider's
 * end-session endpoint wants it as {@code id_token_hint} when the refused person signs in
 * as another user. The session cookie is the opaque key: the token is never in a page, a
 * portal URL or a log, and only the browser that was refused can use it, once.
 */
@Component
class RefusedSignIns {

	/** Long enough to read the refusal page and decide; the token is useless after. */
	static final Duration KEPT = Duration.ofMinutes(10);

	static final String ATTRIBUTE = RefusedSignIns.class.getName();

	private final Clock clock;

	RefusedSignIns(Clock clock) {
		this.clock = clock;
	}

	void keep(HttpServletRequest request, String idToken) {
		if (idToken != null) {
			request.getSession().setAttribute(ATTRIBUTE, new Refusal(idToken, this.clock.instant().plus(KEPT)));
		}
	}

	/** Whether this browser was refused a moment ago; creates no session. */
	boolean held(HttpServletRequest request) {
		return current(request.getSession(false)).isPresent();
	}

	/** The refused ID token, which is then forgotten: it serves one sign-out. */
	Optional<String> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Optional<String> idToken = current(session);
		forget(session);
		return idToken;
	}

	/** At a successful sign-in: the session the browser keeps holds no refused token. */
	void forget(HttpSession session) {
		if (session != null && session.getAttribute(ATTRIBUTE) != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private Optional<String> current(HttpSession session) {
		Object value = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		if (value instanceof Refusal refusal && this.clock.instant().isBefore(refusal.until())) {
			return Optional.of(refusal.idToken());
		}
		return Optional.empty();
	}

	/** In the session (Redis), so any instance serves the next click. */
	record Refusal(String idToken, Instant until) implements Serializable {

		@Override
		public String toString() {
			return "Refusal[until=" + this.until + "]";
		}

	}

}
