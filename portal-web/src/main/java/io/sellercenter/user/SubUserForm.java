package io.sellercenter.user;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registering or editing a sub-user. The user name is fixed after registration. */
record SubUserForm(
		@NotBlank @Pattern(regexp = SubUserService.USER_NAME_REGEX, message = "{validation.userName}") String userName,
		@Size(max = 100) String displayName, Set<Long> groupIds) {

	static SubUserForm empty() {
		return new SubUserForm("", "", Set.of());
	}

	Set<Long> groups() {
		return (this.groupIds != null) ? this.groupIds : Set.of();
	}

}
