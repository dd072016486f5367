package io.sellercenter.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One of a user's live sessions as "my sessions" shows it. The handle names it in URLs;
 * the session id itself is a credential and never leaves the server. Pages name the
 * device from the user agent with {@link DeviceNames}.
 */
public record ActiveSession(String handle, Instant createdAt, Instant lastUsedAt, String userAgent, String clientIp,
		boolean current) {

	public LocalDateTime createdUtc() {
		return LocalDateTime.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	public LocalDateTime lastUsedUtc() {
		return LocalDateTime.ofInstant(this.lastUsedAt, ZoneOffset.UTC);
	}

}
