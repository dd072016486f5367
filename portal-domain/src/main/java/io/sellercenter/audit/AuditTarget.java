package io.sellercenter.audit;

import java.util.Map;

/**
 * The kind of object an audit entry is about, stored by name; the target id says which
 * one (see each constant). The log names the object and links to its page from these.
 */
public enum AuditTarget {

	/** A portal session, by its handle (a session id is a credential, never logged). */
	SESSION,
	/** A session at the identity provider, by its {@code sid}. */
	PROVIDER_SESSION,
	/** A sub-user, by IAM user name (unique in its merchant, never renamed). */
	SUB_USER,
	/** A permission group, by id (groups are renamed). */
	GROUP,
	/** An integration key, by key id. */
	KEY,
	/** An image asset, by image id. */
	ASSET,
	/** A listed product, by id. */
	PRODUCT,
	/** A review request, by id; its kind comes with it from the request itself. */
	REVIEW,
	/** The merchant's profile, by merchant id. */
	PROFILE,
	/** The merchant's notification settings, by merchant id. */
	NOTIFICATION_SETTINGS,
	/** The merchant's service hours for customer tickets, by merchant id. */
	SERVICE_HOURS,
	/** A stored file, by id. */
	FILE,
	/** A merchant, by id. */
	MERCHANT,
	/** A customer ticket, by the platform's ticket id. */
	TICKET,
	/** A supervision task, by its number (the order line's id). */
	SUPERVISION_TASK,
	/** The merchant's SaaS production interface (address and keys), by merchant id. */
	SAAS_INTERFACE;

	/**
	 * How entries written before the log had these kinds named their targets: by table,
	 * and review requests by their kind.
	 */
	private static final Map<String, AuditTarget> EARLIER = Map.ofEntries(Map.entry("session", SESSION),
			Map.entry("provider-session", PROVIDER_SESSION), Map.entry("portal_user", SUB_USER),
			Map.entry("permission_group", GROUP), Map.entry("integration_key", KEY), Map.entry("image_asset", ASSET),
			Map.entry("product", PRODUCT), Map.entry("merchant_profile", PROFILE),
			Map.entry("notification-settings", NOTIFICATION_SETTINGS), Map.entry("file", FILE),
			Map.entry("merchant", MERCHANT), Map.entry("ONBOARDING", REVIEW), Map.entry("PROFILE_CHANGE", REVIEW),
			Map.entry("COMPLIANCE_LETTER", REVIEW), Map.entry("PRODUCT_APPLICATION", REVIEW),
			Map.entry("PRODUCT_DELISTING", REVIEW));

	/** The kind of a stored target type, or null for one this version does not know. */
	public static AuditTarget parse(String stored) {
		if (stored == null) {
			return null;
		}
		for (AuditTarget target : values()) {
			if (target.name().equals(stored)) {
				return target;
			}
		}
		return EARLIER.get(stored);
	}

}
