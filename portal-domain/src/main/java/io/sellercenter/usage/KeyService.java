package io.sellercenter.usage;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.SecretBox;
import io.sellercenter.shared.TextRules;
import io.sellercenter.usage.IntegrationKey.KeyStatus;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 密钥管理: integration keys for the usage push API. A few may be active at once, so a
 * merchant rotates by creating the new key, switching its servers, then disabling the old
 * one. The secret is shown once, at creation, and kept only encrypted.
 */
@Service
public class KeyService {

	/**
	 * Active keys per merchant: enough to rotate without a gap, few enough to keep track
	 * of.
	 */
	public static final int MAX_ACTIVE = 3;

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String DECOY_KEY_ID = "decoy";

	private final KeyMapper keys;

	private final SecretBox box;

	private final AuditLog audit;

	private final Clock clock;

	/** A secret sealed for no key, opened when a push names an unknown key. */
	private final String decoy;

	KeyService(KeyMapper keys, SecretBox box, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
		this.decoy = box.seal(DECOY_KEY_ID, "sk-" + random(32));
	}

	/** A new key and its secret, which is never shown again. */
	public record NewKey(String keyId, String secret) {
	}

	public List<IntegrationKey> keys(MerchantId merchant) {
		return this.keys.findAll(merchant);
	}

	@Transactional
	public NewKey create(MerchantId merchant, String name, Actor actor) {
		return create(merchant, name, "ak-" + random(12), "sk-" + random(32), actor);
	}

	/** With a chosen id and secret: the local run's demo key. */
	@Transactional
	public NewKey create(MerchantId merchant, String name, String keyId, String secret, Actor actor) {
		String clean = (name == null) ? "" : name.trim();
		if (clean.isEmpty() || clean.length() > 60 || !TextRules.matches(KEY_ID, keyId, 64)) {
			throw new KeyRejected("keys.invalidName");
		}
		if (this.keys.countActive(merchant) >= MAX_ACTIVE) {
			throw new KeyRejected("keys.tooMany");
		}
		try {
			this.keys.insert(merchant, keyId, clean, this.box.seal(keyId, secret), LocalDateTime.now(this.clock));
		}
		catch (DuplicateKeyException ex) {
			throw new KeyRejected("keys.exists");
		}
		this.audit.record(actor, AuditAction.KEY_CREATED, AuditTarget.KEY, keyId, null, Map.of("name", clean));
		return new NewKey(keyId, secret);
	}

	@Transactional
	public void setEnabled(MerchantId merchant, String keyId, boolean enabled, Actor actor) {
		if (enabled && this.keys.countActive(merchant) >= MAX_ACTIVE) {
			throw new KeyRejected("keys.tooMany");
		}
		if (this.keys.updateStatus(merchant, keyId, enabled ? KeyStatus.ACTIVE : KeyStatus.DISABLED) != 1) {
			throw new KeyRejected("keys.notFound");
		}
		this.audit.record(actor, enabled ? AuditAction.KEY_ENABLED : AuditAction.KEY_DISABLED, AuditTarget.KEY, keyId);
	}

	@Transactional
	public void delete(MerchantId merchant, String keyId, Actor actor) {
		if (this.keys.delete(merchant, keyId) != 1) {
			throw new KeyRejected("keys.notFound");
		}
		this.audit.record(actor, AuditAction.KEY_DELETED, AuditTarget.KEY, keyId);
	}

	/**
	 * What the push API needs to check a request: the key's merchant and secret. A key id
	 * that exists nowhere gives a key that is not {@code known}, with a secret of its own
	 * opened all the same: the push is then checked exactly as one with a known key
	 * (nothing matches it), so the time of an answer does not tell which key ids exist.
	 */
	public PushKey forPush(String keyId) {
		Optional<KeyRow> row = this.keys.findForPush(keyId);
		if (row.isEmpty()) {
			return new PushKey(null, keyId, false, false, this.box.open(DECOY_KEY_ID, this.decoy));
		}
		KeyRow key = row.get();
		return new PushKey(new MerchantId(key.merchantId()), key.keyId(), true,
				key.status() == KeyStatus.ACTIVE && "CERTIFIED".equals(key.certification()),
				this.box.open(key.keyId(), key.secretEnc()));
	}

	/**
	 * A key as the push API checks a request with it; {@code known}: it exists;
	 * {@code usable}: active, of a certified merchant.
	 */
	public record PushKey(MerchantId merchant, String keyId, boolean known, boolean usable, String secret) {
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value).replace('-', 'x').replace('_', 'y');
	}

}
