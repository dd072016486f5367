package io.sellercenter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.session.SessionLinks;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.web.Requests;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Runs at sign-out before the session is invalidated: forgets the session's link and
 * audits. Spring Security then invalidates the session, which deletes it from Redis.
 */
class SignOutHandler implements LogoutHandler {

	private final SessionLinks links;

	private final AuditLog audit;

	SignOutHandler(SessionLinks links, AuditLog audit) {
		this.links = links;
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalOidcUser principal)) {
			return;
		}
		CurrentUser user = principal.portalUser();
		HttpSession session = request.getSession(false);
		String handle = (session != null) ? (String) session.getAttribute(SessionLinks.HANDLE) : null;
		if (handle != null) {
			this.links.unlink(user.userId(), handle);
		}
		this.audit.record(user.actor(Requests.clientIp(request)), AuditAction.SIGN_OUT, AuditTarget.SESSION, handle);
	}

}
