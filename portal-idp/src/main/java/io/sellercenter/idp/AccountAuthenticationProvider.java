package io.sellercenter.idp;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.util.StringUtils;

/**
 * Password sign-in that, for IAM users, also checks the account: a user who gives an
 * account name must belong to it (by id or name). Extends the standard provider to keep
 * its password check and the {@code FACTOR_PASSWORD} authority the ID token's
 * {@code auth_time} is computed from.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

	AccountAuthenticationProvider(IdpUserStore users) {
		super(users);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails userDetails,
			UsernamePasswordAuthenticationToken authentication) {
		super.additionalAuthenticationChecks(userDetails, authentication);
		if (authentication.getDetails() instanceof AccountAuthenticationDetails details
				&& StringUtils.hasText(details.account())
				&& !((IdpPrincipal) userDetails).user().belongsTo(details.account())) {
			// Same answer as a wrong password: do not reveal which part was wrong.
			throw new BadCredentialsException(this.messages
				.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
		}
	}

}
