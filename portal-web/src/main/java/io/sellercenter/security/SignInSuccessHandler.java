package io.sellercenter.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
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
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in (the session id has already been changed by then): note the browser and
 * address in the session, link it to the user and to the provider's session for
 * back-channel logout, and audit the sign-in.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SessionLinks links;

	private final AuditLog audit;

	private final RefusedSignIns refusals;

	SignInSuccessHandler(SessionLinks links, AuditLog audit, RefusedSignIns refusals) {
		this.links = links;
		this.audit = audit;
		this.refusals = refusals;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PortalOidcUser principal) {
			CurrentUser user = principal.portalUser();
			HttpSession session = request.getSession();
			// A refusal earlier in this browser is over: its ID token has no place in a
			// signed-in session.
			this.refusals.forget(session);
			String handle = SessionLinks.newHandle();
			session.setAttribute(SessionLinks.HANDLE, handle);
			session.setAttribute(SessionLinks.USER_AGENT, Requests.userAgent(request));
			session.setAttribute(SessionLinks.CLIENT_IP, Requests.clientIp(request));
			this.links.link(session.getId(), handle, user.userId(), user.providerSessionId());
			this.audit.record(user.actor(Requests.clientIp(request)), AuditAction.SIGN_IN, AuditTarget.SESSION, handle);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
