package io.sellercenter.supervision;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.product.Handler;
import io.sellercenter.product.Handlers;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/**
 * Tells the people who handle a task what happened to it, in the caller's transaction,
 * through the merchant's channel settings.
 */
@Component
class TaskNotices {

	private final Notifications notifications;

	private final Handlers handlers;

	TaskNotices(Notifications notifications, Handlers handlers) {
		this.notifications = notifications;
		this.handlers = handlers;
	}

	void toHandler(TaskRow task, NotificationEvent event, Map<String, String> more) {
		MerchantId merchant = new MerchantId(task.merchantId);
		this.handlers.user(merchant, task.handlerUserId).ifPresent((user) -> send(task, event, user, more));
	}

	/** To the handler and, when that is someone else, the main account. */
	void toHandlerAndMainAccount(TaskRow task, NotificationEvent event, Map<String, String> more) {
		Handler main = this.handlers.mainAccount(new MerchantId(task.merchantId));
		if (main.id() != task.handlerUserId) {
			send(task, event, main, more);
		}
		toHandler(task, event, more);
	}

	void toOperators(TaskRow task, String merchantName) {
		this.notifications.notifyOperators(NotificationEvent.SUPERVISION_APPEAL_SUBMITTED,
				Map.of("merchant", merchantName, "task", task.taskNo), "/operator/appeals");
	}

	private void send(TaskRow task, NotificationEvent event, Handler user, Map<String, String> more) {
		MerchantId merchant = new MerchantId(task.merchantId);
		Handler contact = user.mainAccount() ? this.handlers.mainAccount(merchant) : user;
		Map<String, String> args = new LinkedHashMap<>();
		args.put("task", task.taskNo);
		args.put("order", task.orderId);
		args.put("product", task.productNameZh);
		args.put("productEn", (task.productNameEn != null) ? task.productNameEn : task.productNameZh);
		args.putAll(more);
		this.notifications.notifyMerchant(merchant, event, new Recipient(user.id(), contact.email(), contact.phone()),
				args, "/supervision/" + task.taskNo);
	}

}
