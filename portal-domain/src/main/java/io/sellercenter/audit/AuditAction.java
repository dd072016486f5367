package io.sellercenter.audit;

/**
 * What an audit entry records, stored by name. The pages show each in words
 * ({@code audit.action.<NAME>} in the bundles) and offer them as the log's filter.
 */
public enum AuditAction {

	SIGN_IN, SIGN_OUT, SESSION_ENDED, SESSION_ENDED_BY_PROVIDER,

	SUB_USER_REGISTERED, SUB_USER_UPDATED, SUB_USER_ENABLED, SUB_USER_DISABLED, SUB_USER_REMOVED,
	SUB_USER_SESSIONS_ENDED, GROUP_CREATED, GROUP_UPDATED, GROUP_DELETED,

	PROFILE_CONTACTS_UPDATED, NOTIFICATION_SETTINGS_CHANGED, REVIEW_SUBMITTED, REVIEW_APPROVED, REVIEW_REJECTED,

	PRODUCT_GRANTED, PRODUCT_GRANT_REVOKED, ASSET_REGISTERED, ASSET_DELETED, ASSET_LOCKED, ASSET_UNLOCKED,

	KEY_CREATED, KEY_ENABLED, KEY_DISABLED, KEY_DELETED,

	TICKET_ACCEPTED, TICKET_REPLIED, TICKET_INFO_REQUESTED, TICKET_WAITING, TICKET_TRANSFERRED, TICKET_RESOLVED,
	TICKET_REOPENED, TICKET_HANDED_OVER, TICKET_SECRET_READ,

	SERVICE_HOURS_CHANGED,

	OPERATOR_PROFILE_VIEWED, OPERATOR_FILE_DOWNLOADED;

	/** The action of a stored name, or null for a name this version does not know. */
	public static AuditAction parse(String name) {
		for (AuditAction action : values()) {
			if (action.name().equals(name)) {
				return action;
			}
		}
		return null;
	}

}
