package io.sellercenter.security;

import java.util.Collection;

import io.sellercenter.shared.CurrentUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The provider's user with the portal's own view of them attached. It stays an
 * {@code OidcUser} so that sign-out can hand the ID token back to the provider as
 * {@code id_token_hint}.
 */
public class PortalOidcUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser portalUser;

	PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			CurrentUser portalUser) {
		super(authorities, idToken, userInfo, "sub");
		this.portalUser = portalUser;
	}

	public CurrentUser portalUser() {
		return this.portalUser;
	}

	@Override
	public boolean equals(Object obj) {
		return super.equals(obj);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
