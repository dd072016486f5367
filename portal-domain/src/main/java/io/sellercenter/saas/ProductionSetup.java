package io.sellercenter.saas;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.SecretBox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's production address (生产地址管理) and keys (密钥管理): registering the address,
 * proving it with a signed test call, and binding a key to an interface type. The secret
 * of a key is made here, sealed with the server key and shown once.
 */
@Service
public class ProductionSetup {

	/**
	 * Answers that prove the address is the merchant's interface and checked the
	 * signature: success, or a documented refusal of the made-up instance.
	 */
	private static final Set<String> AUTHENTICATED = Set.of("000000", "000002", "000003", "000004");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SaasMapper saas;

	private final SaasCaller caller;

	private final MerchantClient client;

	private final SecretBox secrets;

	private final AuditLog audit;

	private final Clock clock;

	ProductionSetup(SaasMapper saas, SaasCaller caller, MerchantClient client, SecretBox secrets, AuditLog audit,
			Clock clock) {
		this.saas = saas;
		this.caller = caller;
		this.client = client;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<ProductionAddress> address(MerchantId merchant) {
		return this.saas.address(merchant);
	}

	public List<BoundKey> keys(MerchantId merchant) {
		return this.saas.keys(merchant);
	}

	/**
	 * Registers or changes the address; a change must be verified again.
	 * @throws Refused naming what is wrong with it
	 */
	@Transactional
	public void saveAddress(Actor actor, String url, Contract contract) throws Refused {
		String clean;
		try {
			clean = AddressRules.normalise(url, this.client.allowsLoopback());
		}
		catch (AddressRules.Bad ex) {
			throw new Refused(ex.messageKey());
		}
		if (contract == null) {
			throw new Refused("saas.address.error.contract");
		}
		MerchantId merchant = actor.merchant();
		Optional<ProductionAddress> before = this.saas.address(merchant);
		this.saas.saveAddress(merchant, clean, contract, LocalDateTime.now(this.clock));
		Map<String, Object> was = new LinkedHashMap<>();
		before.ifPresent((b) -> {
			was.put("url", b.url());
			was.put("contract", b.contract().name());
		});
		this.audit.record(actor, AuditAction.SAAS_ADDRESS_CHANGED, AuditTarget.SAAS_INTERFACE,
				Long.toString(merchant.value()), was.isEmpty() ? null : was,
				Map.of("url", clean, "contract", contract.name()));
	}

	/**
	 * Proves the address with a signed test call: a query of a made-up instance of a mock
	 * order, which a correct interface answers (000003, instance not found) after
	 * checking the signature.
	 */
	public SaasCaller.Result verify(Actor actor) {
		MerchantId merchant = actor.merchant();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orderId", "MOCKPERIODYEARNEW");
		fields.put("orderLineId", "MOCKPERIODYEARNEW-000001");
		fields.put("instanceId", "MOCK-VERIFY-0000");
		SaasCaller.Result result = this.caller.call(merchant, Purpose.VERIFY,
				SaasCaller.Target.of(null, "MOCKPERIODYEARNEW", "MOCKPERIODYEARNEW-000001", null),
				Activity.QUERY_INSTANCE, fields);
		if (proves(result)) {
			this.saas.address(merchant)
				.ifPresent((address) -> this.saas.markVerified(merchant, address.url(), LocalDateTime.now(this.clock),
						result.callId()));
			this.audit.record(actor, AuditAction.SAAS_ADDRESS_VERIFIED, AuditTarget.SAAS_INTERFACE,
					Long.toString(merchant.value()));
		}
		return result;
	}

	/** Whether an answer's result code proves the address (see {@link #verify}). */
	public static boolean proves(SaasCaller.Result result) {
		return result.resultCode() != null && AUTHENTICATED.contains(result.resultCode());
	}

	/**
	 * Makes a new key for the interface type, replacing the old one at once (the
	 * merchant's server must be given the new secret), and returns the secret: the only
	 * time it is shown.
	 */
	@Transactional
	public NewKey bindKey(Actor actor, InterfaceType type) {
		String accessKey;
		do {
			accessKey = "ak-" + random(12);
		}
		while (this.saas.countAccessKey(accessKey) > 0);
		String secret = random(32);
		bind(actor, type, accessKey, secret);
		return new NewKey(type, accessKey, secret);
	}

	/** Binds a key with a secret chosen elsewhere (the local run's demo key). */
	@Transactional
	public void bind(Actor actor, InterfaceType type, String accessKey, String secret) {
		this.saas.saveKey(actor.merchant(), type, accessKey, this.secrets.seal(sealingId(accessKey), secret),
				LocalDateTime.now(this.clock));
		this.audit.record(actor, AuditAction.SAAS_KEY_BOUND, AuditTarget.SAAS_INTERFACE,
				Long.toString(actor.merchant().value()), null, Map.of("type", type.name(), "accessKey", accessKey));
	}

	/**
	 * What a sealed secret is bound to: a production key's secret cannot be moved to an
	 * integration key of the same name, or back.
	 */
	static String sealingId(String accessKey) {
		return "saas:" + accessKey;
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	/** A key just made, with its secret. */
	public record NewKey(InterfaceType type, String accessKey, String secret) {

	}

	/** A change refused, with the message key that says why. */
	public static final class Refused extends Exception {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
