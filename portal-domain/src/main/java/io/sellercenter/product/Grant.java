package io.sellercenter.product;

import java.time.LocalDateTime;

/** A product granted to a sub-user. */
public record Grant(long id, long productId, long userId, String userName, String displayName, GrantRole role,
		boolean primaryHandler, LocalDateTime expiresAt) {

	public boolean expired(LocalDateTime now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

}
