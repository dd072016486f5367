package io.sellercenter.product;

import java.time.LocalDateTime;

import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;

/**
 * Who looks at products, as the product access rules need it: the merchant, and for a
 * sub-user their id (null for the main account, who sees every product of the merchant).
 * {@code now} is when grants are judged, so an expired grant stops working without any
 * job having run.
 */
public record Viewer(MerchantId merchant, Long subUserId, LocalDateTime now) {

	public static Viewer of(CurrentUser user, LocalDateTime now) {
		return new Viewer(user.merchant(), user.mainAccount() ? null : user.userId(), now);
	}

	/**
	 * The whole merchant, as its main account sees it: how operators read a merchant
	 * (read only; they never change a merchant's products or orders).
	 */
	public static Viewer wholeMerchant(MerchantId merchant, LocalDateTime now) {
		return new Viewer(merchant, null, now);
	}

	public boolean mainAccount() {
		return this.subUserId == null;
	}

}
