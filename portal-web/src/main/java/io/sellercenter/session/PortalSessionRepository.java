package io.sellercenter.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;
import org.springframework.session.UuidSessionIdGenerator;

/**
 * The portal's sessions in Redis, one hash per session in the layout of Spring Session's
 * {@code RedisSessionRepository} (so sessions survive the switch between the two), with
 * two differences that the portal needs:
 * <ul>
 * <li>A save writes a session's changes only if the session still exists, in one Lua
 * script: a request that finishes after its session was deleted (sign-out, back-channel
 * logout, a disabled user) writes nothing back. Spring Session checks existence and
 * writes in separate commands, and a deletion between them leaves a partial hash that
 * fails every later request with that cookie (spring-session issue 1111).</li>
 * <li>A session has an absolute lifetime besides its idle timeout: it is never found
 * after it, and its key expires no later than that.</li>
 * </ul>
 * A hash that cannot be read as a session (fields missing, a value that no longer
 * deserializes) is no session: it is removed and the request goes on without one.
 */
final class PortalSessionRepository implements SessionRepository<PortalSession> {

	private static final Logger log = LoggerFactory.getLogger(PortalSessionRepository.class);

	/** Ids the portal issues are UUIDs; anything far from one is not looked up. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/**
	 * KEYS[1]: the session's key; KEYS[2]: the key it was read from (another after an id
	 * change). ARGV: "new" or "update", the expiry (Unix milliseconds), the number of
	 * fields to set, those fields and values, then the fields to delete. An update
	 * applies only to a session that is still there (with its creationTime); a new
	 * session is written whole. 1 when written, 0 when the session had gone.
	 */
	private static final RedisScript<Long> SAVE = RedisScript.of("""
			if ARGV[1] == 'update' then
			  if redis.call('HEXISTS', KEYS[2], 'creationTime') == 0 then
			    return 0
			  end
			  if KEYS[2] ~= KEYS[1] then
			    redis.call('RENAME', KEYS[2], KEYS[1])
			  end
			end
			local sets = tonumber(ARGV[3])
			if sets > 0 then
			  redis.call('HSET', KEYS[1], unpack(ARGV, 4, 3 + 2 * sets))
			end
			if #ARGV > 3 + 2 * sets then
			  redis.call('HDEL', KEYS[1], unpack(ARGV, 4 + 2 * sets, #ARGV))
			end
			redis.call('PEXPIREAT', KEYS[1], ARGV[2])
			return 1
			""", Long.class);

	private final RedisTemplate<String, byte[]> redis;

	private final RedisSerializer<Object> values;

	private final String keyPrefix;

	private final Duration idleTimeout;

	private final Duration absoluteTimeout;

	/**
	 * @param namespace prefix of the keys: a session is {@code <namespace>:sessions:<id>}
	 * @param classLoader loads the classes of attribute values
	 */
	PortalSessionRepository(RedisConnectionFactory connections, String namespace, Duration idleTimeout,
			Duration absoluteTimeout, ClassLoader classLoader) {
		RedisTemplate<String, byte[]> template = new RedisTemplate<>();
		template.setConnectionFactory(connections);
		template.setKeySerializer(RedisSerializer.string());
		template.setHashKeySerializer(RedisSerializer.string());
		template.setValueSerializer(RedisSerializer.byteArray());
		template.setHashValueSerializer(RedisSerializer.byteArray());
		template.afterPropertiesSet();
		this.redis = template;
		this.values = new JdkSerializationRedisSerializer(classLoader);
		this.keyPrefix = namespace + ":sessions:";
		this.idleTimeout = idleTimeout;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	public PortalSession createSession() {
		MapSession values = new MapSession(UuidSessionIdGenerator.getInstance());
		values.setMaxInactiveInterval(this.idleTimeout);
		return new PortalSession(values, true, this.absoluteTimeout);
	}

	@Override
	public void save(PortalSession session) {
		if (!session.hasChanges()) {
			return;
		}
		Instant expiresAt = session.expiresAt();
		if (!expiresAt.isAfter(Instant.now())) {
			// Past its end while this request ran: its key has expired or is about to.
			session.saved();
			return;
		}
		List<Object> args = new ArrayList<>();
		args.add(utf8(session.isNew() ? "new" : "update"));
		args.add(utf8(Long.toString(expiresAt.toEpochMilli())));
		List<byte[]> sets = new ArrayList<>();
		List<byte[]> deletes = new ArrayList<>();
		session.fieldsToWrite().forEach((field, value) -> {
			if (value == null) {
				deletes.add(utf8(field));
			}
			else {
				sets.add(utf8(field));
				sets.add(this.values.serialize(value));
			}
		});
		args.add(utf8(Integer.toString(sets.size() / 2)));
		args.addAll(sets);
		args.addAll(deletes);
		Long written = this.redis.execute(SAVE, List.of(key(session.getId()), key(session.storedId())), args.toArray());
		if (written == null || written == 0) {
			log.debug("A session ended while a request on it ran; the request's changes are dropped");
			SessionReadMemo.forget(session.getId());
		}
		else {
			if (!session.storedId().equals(session.getId())) {
				SessionReadMemo.forget(session.storedId());
			}
			SessionReadMemo.remember(session.getId(), session);
		}
		session.saved();
	}

	@Override
	public PortalSession findById(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return null;
		}
		if (SessionReadMemo.knows(id)) {
			return SessionReadMemo.get(id);
		}
		PortalSession session = read(id);
		SessionReadMemo.remember(id, session);
		return session;
	}

	private PortalSession read(String id) {
		String key = key(id);
		Map<String, byte[]> hash = this.redis.<String, byte[]>opsForHash().entries(key);
		if (hash.isEmpty()) {
			return null;
		}
		MapSession values = values(id, hash);
		if (values == null) {
			log.warn("A session record that could not be read was removed; its cookie now means no session");
			this.redis.delete(key);
			return null;
		}
		PortalSession session = new PortalSession(values, false, this.absoluteTimeout);
		if (session.isExpired()) {
			this.redis.delete(key);
			return null;
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		SessionReadMemo.forget(id);
		this.redis.delete(key(id));
	}

	/** The session in a hash; null when the hash is not a whole, readable session. */
	private MapSession values(String id, Map<String, byte[]> hash) {
		try {
			if (!(deserialize(hash, PortalSession.CREATION_TIME) instanceof Long creationTime)
					|| !(deserialize(hash, PortalSession.LAST_ACCESSED_TIME) instanceof Long lastAccessedTime)
					|| !(deserialize(hash, PortalSession.MAX_INACTIVE_INTERVAL) instanceof Integer maxInactive)) {
				return null;
			}
			MapSession session = new MapSession(id);
			session.setCreationTime(Instant.ofEpochMilli(creationTime));
			session.setLastAccessedTime(Instant.ofEpochMilli(lastAccessedTime));
			session.setMaxInactiveInterval(Duration.ofSeconds(maxInactive));
			for (Map.Entry<String, byte[]> field : hash.entrySet()) {
				if (field.getKey().startsWith(PortalSession.ATTRIBUTE_PREFIX)) {
					session.setAttribute(field.getKey().substring(PortalSession.ATTRIBUTE_PREFIX.length()),
							this.values.deserialize(field.getValue()));
				}
			}
			return session;
		}
		catch (SerializationException ex) {
			return null;
		}
	}

	private Object deserialize(Map<String, byte[]> hash, String field) {
		return this.values.deserialize(hash.get(field));
	}

	private String key(String id) {
		return this.keyPrefix + id;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
