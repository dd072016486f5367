package io.sellercenter.ticket;

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
 * Tells the people who handle a ticket what happened to it, in the caller's transaction,
 * through the merchant's channel settings: in-site, and e-mail and SMS where the user has
 * an address (the main account: the profile's contact).
 */
@Component
class TicketNotices {

	private final Notifications notifications;

	private final Handlers handlers;

	TicketNotices(Notifications notifications, Handlers handlers) {
		this.notifications = notifications;
		this.handlers = handlers;
	}

	/** To the ticket's handler. */
	void toHandler(TicketRow ticket, NotificationEvent event, Map<String, String> more) {
		MerchantId merchant = new MerchantId(ticket.merchantId);
		this.handlers.user(merchant, ticket.handlerUserId).ifPresent((user) -> send(ticket, event, user, more));
	}

	/** To the handler and, when that is someone else, the main account. */
	void toHandlerAndMainAccount(TicketRow ticket, NotificationEvent event) {
		MerchantId merchant = new MerchantId(ticket.merchantId);
		Handler main = this.handlers.mainAccount(merchant);
		if (main.id() != ticket.handlerUserId) {
			send(ticket, event, main, Map.of());
		}
		toHandler(ticket, event, Map.of());
	}

	private void send(TicketRow ticket, NotificationEvent event, Handler user, Map<String, String> more) {
		Handler contact = user.mainAccount() ? this.handlers.mainAccount(new MerchantId(ticket.merchantId)) : user;
		Map<String, String> args = new LinkedHashMap<>();
		args.put("ticket", ticket.ticketId);
		args.put("title", ticket.title);
		args.put("product", ticket.productNameZh);
		args.put("productEn", (ticket.productNameEn != null) ? ticket.productNameEn : ticket.productNameZh);
		args.putAll(more);
		this.notifications.notifyMerchant(new MerchantId(ticket.merchantId), event,
				new Recipient(user.id(), contact.email(), contact.phone()), args, "/tickets/" + ticket.ticketId);
	}

}
