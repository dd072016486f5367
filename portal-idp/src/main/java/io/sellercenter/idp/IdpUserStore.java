package io.sellercenter.idp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The demo users from {@code idp.users}; user names are matched case-insensitively. */
class IdpUserStore implements UserDetailsService {

	private final Map<String, IdpProperties.User> byUsername;

	IdpUserStore(List<IdpProperties.User> users) {
		this.byUsername = users.stream()
			.collect(Collectors.toUnmodifiableMap((user) -> key(user.username()), Function.identity()));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		IdpProperties.User user = this.byUsername.get(key(username));
		if (user == null) {
			throw new UsernameNotFoundException("No such user");
		}
		// A new principal per sign-in, see IdpPrincipal.
		return new IdpPrincipal(user);
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

}
