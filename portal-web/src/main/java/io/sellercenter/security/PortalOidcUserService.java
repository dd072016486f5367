package io.sellercenter.security;

import java.util.ArrayList;
import java.util.List;

import io.sellercenter.merchant.Merchant;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.user.Identity;
import io.sellercenter.user.PortalUser;
import io.sellercenter.user.SignInOutcome;
import io.sellercenter.user.SignInOutcome.Admitted;
import io.sellercenter.user.SignInOutcome.Refused;
import io.sellercenter.user.UserService;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a provider sign-in into a portal user, or refuses it with an error code that the
 * failure handler shows as a page of its own.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NOT_REGISTERED = "portal_not_registered";

	static final String DISABLED = "portal_user_disabled";

	static final String REFUSED = "portal_sign_in_refused";

	private final OidcUserService delegate = new OidcUserService();

	private final UserService users;

	PortalOidcUserService(UserService users) {
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = this.delegate.loadUser(request);
		Identity identity = new Identity(oidcUser.getSubject(), oidcUser.getClaimAsString("domain_id"),
				oidcUser.getClaimAsString("domain_name"), oidcUser.getClaimAsString("user_name"),
				AccountType.fromClaim(oidcUser.getClaimAsString("account_type")), oidcUser.getFullName(),
				oidcUser.getEmail());
		SignInOutcome outcome = this.users.signIn(identity);
		if (outcome instanceof Refused refused) {
			throw new SignInRefused(errorCode(refused), summary(refused, identity),
					oidcUser.getIdToken().getTokenValue());
		}
		Admitted admitted = (Admitted) outcome;
		CurrentUser current = currentUser(admitted, oidcUser.getClaimAsString("sid"));
		return new PortalOidcUser(authorities(current), oidcUser.getIdToken(), oidcUser.getUserInfo(), current);
	}

	private static CurrentUser currentUser(Admitted admitted, String sid) {
		PortalUser user = admitted.user();
		Merchant merchant = admitted.merchant();
		return new CurrentUser(user.id(), user.userName(), user.displayName(), user.accountType(),
				(merchant != null) ? merchant.id() : null, (merchant != null) ? merchant.name() : null, user.domainId(),
				user.subject(), sid, admitted.menus());
	}

	private static List<GrantedAuthority> authorities(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.accountType().name()));
		if (!user.operator()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_MERCHANT"));
		}
		return authorities;
	}

	/**
	 * What the log says of a refusal. The claims come from the provider, so they are cut
	 * short and stripped of line breaks before they reach a log line.
	 */
	private static String summary(Refused refused, Identity identity) {
		return refused.reason() + " (user " + printable(identity.userName()) + " of account "
				+ printable(identity.domainId()) + ", account type " + identity.accountType() + ", subject "
				+ printable(identity.subject()) + ")";
	}

	private static String printable(String claim) {
		if (claim == null) {
			return "-";
		}
		String plain = claim.replaceAll("\\p{Cntrl}", "?");
		return (plain.length() > 64) ? plain.substring(0, 64) + "..." : plain;
	}

	private static String errorCode(Refused refused) {
		return switch (refused.reason()) {
			case NOT_REGISTERED -> NOT_REGISTERED;
			case DISABLED -> DISABLED;
			case INVALID_IDENTITY, NOT_AN_OPERATOR -> REFUSED;
		};
	}

}
