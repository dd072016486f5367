package io.sellercenter.user;

import java.time.LocalDateTime;
import java.util.List;

/** A registered sub-user as the main account manages them. */
public record SubUser(long id, String userName, String displayName, UserStatus status, LocalDateTime registeredAt,
		LocalDateTime lastLoginAt, List<PermissionGroup> groups) {

	public boolean inGroup(long groupId) {
		return this.groups.stream().anyMatch((g) -> g.id() == groupId);
	}

}
