package io.sellercenter.usage;

import java.time.LocalDateTime;

/** An integration key as its merchant manages it; the secret is never part of it. */
public record IntegrationKey(long id, String keyId, String name, KeyStatus status, LocalDateTime createdAt,
		LocalDateTime lastUsedAt) {

	public enum KeyStatus {

		ACTIVE, DISABLED

	}

}
