package io.sellercenter.idp;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as signed in once. Equality is per sign-in, not per user name, on purpose:
 * Spring Authorization Server looks up the session for the {@code sid} claim by principal
 * and takes the most recent one, so with name equality two browsers signed in as the same
 * user could get each other's {@code sid}.
 */
final class IdpPrincipal implements UserDetails {

	private final IdpProperties.User user;

	private final String password;

	private final String signInId = UUID.randomUUID().toString();

	IdpPrincipal(IdpProperties.User user) {
		this.user = user;
		this.password = Passwords.withEncoderPrefix(user.password());
	}

	IdpProperties.User user() {
		return this.user;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdpPrincipal that && this.signInId.equals(that.signInId);
	}

	@Override
	public int hashCode() {
		return this.signInId.hashCode();
	}

	@Override
	public String toString() {
		return "IdpPrincipal[" + this.user.username() + "]";
	}

}
