package io.sellercenter.idp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * Answers userinfo from the ID token issued with the same authorization, so both always
 * agree (the default mapper only copies standard claims and would drop {@code domain_id}
 * and friends).
 */
class UserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

	private static final String[] CLAIMS = { "sub", "sid", "domain_id", "domain_name", "user_name", "account_type",
			"name", "email" };

	@Override
	public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
		OAuth2Authorization.Token<OidcIdToken> idToken = context.getAuthorization().getToken(OidcIdToken.class);
		Map<String, Object> idClaims = idToken.getToken().getClaims();
		Map<String, Object> claims = new LinkedHashMap<>();
		for (String name : CLAIMS) {
			if (idClaims.containsKey(name)) {
				claims.put(name, idClaims.get(name));
			}
		}
		return new OidcUserInfo(claims);
	}

}
