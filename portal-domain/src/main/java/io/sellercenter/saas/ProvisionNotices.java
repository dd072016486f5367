package io.sellercenter.saas;

import java.util.Map;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.product.Handler;
import io.sellercenter.product.Handlers;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/**
 * Tells the main account that production work failed for good, by the channels its
 * settings choose (in-site, e-mail, SMS), linking to the interface messages of the order.
 */
@Component
class ProvisionNotices {

	private final Notifications notifications;

	private final Handlers handlers;

	private final ProvisionMapper work;

	ProvisionNotices(Notifications notifications, Handlers handlers, ProvisionMapper work) {
		this.notifications = notifications;
		this.handlers = handlers;
		this.work = work;
	}

	void failed(ProvisionRow row) {
		MerchantId merchant = new MerchantId(row.merchantId);
		Handler main = this.handlers.mainAccount(merchant);
		ProductNames names = this.work.productNames(row.productId);
		this.notifications.notifyMerchant(merchant, NotificationEvent.SAAS_CALL_FAILED,
				new Recipient(main.id(), main.email(), main.phone()), Map.of("order", row.orderId, "line",
						row.orderLineId, "product", names.nameZh(), "productEn", names.nameEn()),
				"/saas/messages?orderId=" + row.orderId);
	}

	/** A product's names in both languages. */
	record ProductNames(String nameZh, String nameEn) {

	}

}
