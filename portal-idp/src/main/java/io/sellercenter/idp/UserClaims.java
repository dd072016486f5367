package io.sellercenter.idp;

import java.util.LinkedHashMap;
import java.util.Map;

/** The account center's user claims, shared by ID tokens and the userinfo endpoint. */
final class UserClaims {

	private UserClaims() {
	}

	static Map<String, Object> of(IdpProperties.User user) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("domain_id", user.domainId());
		claims.put("domain_name", user.domainName());
		claims.put("user_name", user.username());
		claims.put("account_type", user.accountType().name());
		claims.put("name", user.name());
		claims.put("email", user.email());
		return claims;
	}

}
