package io.sellercenter.ticket;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.TicketMapper.UserRef;

import org.springframework.stereotype.Component;

/**
 * Tells the people who handle a ticket what happened to it, in the caller's transaction,
 * through the merchant's channel settings: in-site, and e-mail and SMS where the user has
 * an address (the main account: the profile's contact).
 */
@Component
class TicketNotices {

	private final Notifications notifications;

	private final TicketMapper tickets;

	TicketNotices(Notifications notifications, TicketMapper tickets) {
		this.notifications = notifications;
		this.tickets = tickets;
	}

	/** To the ticket's handler. */
	void toHandler(TicketRow ticket, NotificationEvent event, Map<String, String> more) {
		MerchantId merchant = new MerchantId(ticket.merchantId);
		this.tickets.user(merchant, ticket.handlerUserId).ifPresent((user) -> send(ticket, event, user, more));
	}

	/** To the handler and, when that is someone else, the main account. */
	void toHandlerAndMainAccount(TicketRow ticket, NotificationEvent event) {
		MerchantId merchant = new MerchantId(ticket.merchantId);
		UserRef main = this.tickets.mainAccount(merchant).orElse(null);
		if (main != null && main.id() != ticket.handlerUserId) {
			send(ticket, event, main, Map.of());
		}
		toHandler(ticket, event, Map.of());
	}

	private void send(TicketRow ticket, NotificationEvent event, UserRef user, Map<String, String> more) {
		UserRef contact = user.mainAccount() ? this.tickets.mainAccount(new MerchantId(ticket.merchantId)).orElse(user)
				: user;
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
