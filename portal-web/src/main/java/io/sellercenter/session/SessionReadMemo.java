package io.sellercenter.session;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions already read by the request running on this thread, so that Redis is asked
 * once per request. Spring Session's filter looks the requested session up again each
 * time it commits the session (when the response is committed and when the filter ends),
 * which made three reads of the same hash out of one page. The memo lives only while this
 * filter, placed just before Spring Session's, runs: the repository used outside a
 * request (jobs, tests) reads Redis as before.
 */
final class SessionReadMemo extends OncePerRequestFilter {

	/** Id to the session read (null: read and not found). */
	private static final ThreadLocal<Map<String, PortalSession>> READ = new ThreadLocal<>();

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, PortalSession> outer = READ.get();
		READ.set(new HashMap<>(2));
		try {
			chain.doFilter(request, response);
		}
		finally {
			READ.set(outer);
		}
	}

	/** Whether this request has looked the id up already. */
	static boolean knows(String id) {
		Map<String, PortalSession> read = READ.get();
		return read != null && read.containsKey(id);
	}

	/** What this request found under the id (null: nothing). */
	static PortalSession get(String id) {
		Map<String, PortalSession> read = READ.get();
		return (read != null) ? read.get(id) : null;
	}

	static void remember(String id, PortalSession session) {
		Map<String, PortalSession> read = READ.get();
		if (read != null) {
			read.put(id, session);
		}
	}

	/** The id no longer holds a session (deleted, or moved to a new id). */
	static void forget(String id) {
		remember(id, null);
	}

}
