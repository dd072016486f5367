package io.sellercenter.order;

import java.util.Map;

import io.sellercenter.shared.MerchantId;

/**
 * Where the creation of the instances of an order's lines stands when the merchant
 * creates them (SaaS lines: the saas feature calls the merchant's interface), so the
 * order's page can say a line is still being created or failed. Implemented by the saas
 * feature, which depends on orders and not the other way round.
 */
public interface LineProvisioning {

	/**
	 * By order line id, for the lines whose instance the merchant creates: PENDING,
	 * POLLING, DONE or FAILED.
	 */
	Map<String, String> states(MerchantId merchant, String orderId);

}
