package io.sellercenter.security;

import java.util.Set;
import java.util.function.UnaryOperator;

import io.sellercenter.merchant.MerchantRenamed;
import io.sellercenter.session.SessionLinks;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.user.PortalUser;
import io.sellercenter.user.SubUserAccessChanged;
import io.sellercenter.user.UserService;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the sessions know about a user follows changes at once, on every instance: a
 * disabled or removed sub-user's sessions end; otherwise each session's principal gets
 * the menus the user has now (a permission taken away is gone on their next click), or
 * the merchant's new name.
 */
@Component
class AccessChangeListener {

	static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

	private final SessionLinks links;

	private final UserService users;

	AccessChangeListener(SessionLinks links, UserService users) {
		this.links = links;
		this.users = users;
	}

	@TransactionalEventListener
	void on(SubUserAccessChanged event) {
		PortalUser user = this.users.find(event.userId()).orElse(null);
		if (event.endSessions() || user == null) {
			this.links.endAll(event.userId());
			return;
		}
		Set<Menu> menus = this.users.menusOf(user);
		this.links.updateSessions(event.userId(), (session) -> replace(session, (current) -> current.withMenus(menus)));
	}

	@TransactionalEventListener
	void on(MerchantRenamed event) {
		for (long userId : this.users.userIdsOf(event.merchant())) {
			this.links.updateSessions(userId,
					(session) -> replace(session, (current) -> current.withMerchantName(event.name())));
		}
	}

	/**
	 * Swaps the session's principal for one with the changed user; false when it holds
	 * none.
	 */
	private static boolean replace(Session session, UnaryOperator<CurrentUser> change) {
		Object context = session.getAttribute(CONTEXT);
		if (context instanceof SecurityContext security
				&& security.getAuthentication() instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof PortalOidcUser principal) {
			PortalOidcUser refreshed = new PortalOidcUser(principal.getAuthorities(), principal.getIdToken(),
					principal.getUserInfo(), change.apply(principal.portalUser()));
			session.setAttribute(CONTEXT, new SecurityContextImpl(new OAuth2AuthenticationToken(refreshed,
					token.getAuthorities(), token.getAuthorizedClientRegistrationId())));
			return true;
		}
		return false;
	}

}
