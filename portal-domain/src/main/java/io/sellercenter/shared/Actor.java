package io.sellercenter.shared;

/**
 * Who acts, as the audit log records it: a signed-in user, or a machine (the identity
 * provider, the platform) with no user id.
 */
public record Actor(Long userId, String name, MerchantId merchant, String clientIp) {

	public static Actor system(String name, MerchantId merchant) {
		return new Actor(null, name, merchant, null);
	}

}
