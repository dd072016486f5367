package io.sellercenter.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.sellercenter.session.SessionLinks;
import io.sellercenter.user.CurrentUser;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Ids of Acme Cloud's records, one per path variable name of the portal's routes, for the
 * cross-tenant harness to ask for while signed in to another merchant. A new route with a
 * new variable fails the harness until its fixture is added here, so no route goes
 * unchecked.
 */
final class TenantFixtures {

	private final Map<String, Supplier<String>> fixtures = new LinkedHashMap<>();

	private final Map<String, String> made = new LinkedHashMap<>();

	@SuppressWarnings({ "rawtypes", "unchecked" })
	TenantFixtures(TestUsers users, SessionLinks links, SessionRepository sessions) {
		this.fixtures.put("handle", () -> {
			// A live session of acme-admin, linked the way sign-in links it.
			CurrentUser acme = users.current("acme-admin");
			Session session = (Session) sessions.createSession();
			sessions.save(session);
			String handle = SessionLinks.newHandle();
			links.link(session.getId(), handle, acme.userId(), "fixture-sid");
			return handle;
		});
	}

	/** Acme's id for this path variable; made once per run. */
	String acmeId(String variable) {
		Supplier<String> fixture = this.fixtures.get(variable);
		if (fixture == null) {
			throw new IllegalStateException("No cross-tenant fixture for path variable {" + variable
					+ "}: add one to TenantFixtures with an id of Acme Cloud's data");
		}
		return this.made.computeIfAbsent(variable, (v) -> fixture.get());
	}

	Map<String, String> made() {
		return this.made;
	}

}
