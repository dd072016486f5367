package io.sellercenter.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.UuidSessionIdGenerator;

/**
 * A session as {@link PortalSessionRepository} reads and writes it: the values, plus the
 * fields of its Redis hash that changed since it was read (only those are written back,
 * as Spring Session's {@code SaveMode.ON_SET_ATTRIBUTE} does).
 */
final class PortalSession implements Session {

	static final String CREATION_TIME = "creationTime";

	static final String LAST_ACCESSED_TIME = "lastAccessedTime";

	static final String MAX_INACTIVE_INTERVAL = "maxInactiveInterval";

	static final String ATTRIBUTE_PREFIX = "sessionAttr:";

	private static final Duration MAX_TOUCH_STEP = Duration.ofMinutes(1);

	private final MapSession values;

	private final Duration absoluteTimeout;

	/** Changed fields of the hash; a null value deletes the field. */
	private final Map<String, Object> changes = new HashMap<>();

	private boolean isNew;

	private String originalId;

	/** The last access time as Redis holds it. */
	private Instant storedLastAccess;

	PortalSession(MapSession values, boolean isNew, Duration absoluteTimeout) {
		this.values = values;
		this.isNew = isNew;
		this.absoluteTimeout = absoluteTimeout;
		this.originalId = values.getId();
		this.storedLastAccess = values.getLastAccessedTime();
	}

	@Override
	public String getId() {
		return this.values.getId();
	}

	/**
	 * A new id, which Spring Security asks for at sign-in: the session's lifetime starts
	 * again with it, so that the absolute timeout counts from signing in rather than from
	 * the first visit to the sign-in page.
	 */
	@Override
	public String changeSessionId() {
		String id = UuidSessionIdGenerator.getInstance().generate();
		this.values.setId(id);
		Instant now = Instant.now();
		this.values.setCreationTime(now);
		this.changes.put(CREATION_TIME, now.toEpochMilli());
		return id;
	}

	@Override
	public <T> T getAttribute(String attributeName) {
		return this.values.getAttribute(attributeName);
	}

	@Override
	public Set<String> getAttributeNames() {
		return this.values.getAttributeNames();
	}

	@Override
	public void setAttribute(String attributeName, Object attributeValue) {
		this.values.setAttribute(attributeName, attributeValue);
		this.changes.put(ATTRIBUTE_PREFIX + attributeName, attributeValue);
	}

	@Override
	public void removeAttribute(String attributeName) {
		setAttribute(attributeName, null);
	}

	@Override
	public Instant getCreationTime() {
		return this.values.getCreationTime();
	}

	/**
	 * Every request sets this, but only a step of at least {@link #touchStep()} is
	 * written: otherwise each page would write its session back to Redis for a time
	 * nobody reads to the millisecond. The idle timeout then counts from up to one step
	 * earlier.
	 */
	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		this.values.setLastAccessedTime(lastAccessedTime);
		if (this.isNew || !lastAccessedTime.isBefore(this.storedLastAccess.plus(touchStep()))) {
			this.changes.put(LAST_ACCESSED_TIME, lastAccessedTime.toEpochMilli());
		}
	}

	/**
	 * A thirtieth of the idle timeout, at most a minute (a minute of thirty by default).
	 */
	Duration touchStep() {
		Duration idle = getMaxInactiveInterval();
		if (idle.isNegative() || idle.isZero()) {
			return MAX_TOUCH_STEP;
		}
		Duration step = idle.dividedBy(30);
		return (step.compareTo(MAX_TOUCH_STEP) < 0) ? step : MAX_TOUCH_STEP;
	}

	@Override
	public Instant getLastAccessedTime() {
		return this.values.getLastAccessedTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		this.values.setMaxInactiveInterval(interval);
		this.changes.put(MAX_INACTIVE_INTERVAL, (int) interval.getSeconds());
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return this.values.getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return !expiresAt().isAfter(Instant.now());
	}

	/**
	 * When the session ends unless used again: after its idle timeout (none when
	 * negative), and never later than its absolute timeout after it began.
	 */
	Instant expiresAt() {
		Instant end = getCreationTime().plus(this.absoluteTimeout);
		Duration idle = getMaxInactiveInterval();
		if (!idle.isNegative()) {
			Instant idleEnd = getLastAccessedTime().plus(idle);
			if (idleEnd.isBefore(end)) {
				end = idleEnd;
			}
		}
		return end;
	}

	boolean isNew() {
		return this.isNew;
	}

	/** The id the session is stored under: differs from its id after an id change. */
	String storedId() {
		return this.originalId;
	}

	boolean hasChanges() {
		return this.isNew || !this.changes.isEmpty() || !getId().equals(this.originalId);
	}

	/** What to write: every field of a new session, else those that changed. */
	Map<String, Object> fieldsToWrite() {
		if (!this.isNew) {
			// Written anyway: the time the key's expiry is computed from goes with it.
			this.changes.put(LAST_ACCESSED_TIME, getLastAccessedTime().toEpochMilli());
			return this.changes;
		}
		Map<String, Object> fields = new HashMap<>();
		fields.put(CREATION_TIME, getCreationTime().toEpochMilli());
		fields.put(LAST_ACCESSED_TIME, getLastAccessedTime().toEpochMilli());
		fields.put(MAX_INACTIVE_INTERVAL, (int) getMaxInactiveInterval().getSeconds());
		for (String name : getAttributeNames()) {
			fields.put(ATTRIBUTE_PREFIX + name, getAttribute(name));
		}
		return fields;
	}

	/** Written (or found gone): later saves write only what changes from here. */
	void saved() {
		if (this.changes.containsKey(LAST_ACCESSED_TIME) || this.isNew) {
			this.storedLastAccess = getLastAccessedTime();
		}
		this.changes.clear();
		this.isNew = false;
		this.originalId = getId();
	}

}
