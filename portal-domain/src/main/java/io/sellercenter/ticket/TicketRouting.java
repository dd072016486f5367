package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.product.Handler;
import io.sellercenter.product.Handlers;
import io.sellercenter.product.ProductGrantChanged;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.TicketMapper.NewEntry;
import io.sellercenter.ticket.TicketMapper.Stranded;
import io.sellercenter.user.SubUserWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a ticket. A new ticket goes to its product's primary handler, else to the
 * main account. Delegation follows the product: a new primary handler takes the product's
 * open tickets that sit with the main account; a user who loses the product (grant
 * revoked or expired, disabled, removed) hands theirs back to the primary handler, else
 * the main account. Each move is on the ticket's timeline, audited, and told to the new
 * handler.
 */
@Component
public class TicketRouting {

	/** Why a ticket changed hands, stored as the entry's detail. */
	enum Reason {

		PRIMARY_GRANTED, GRANT_REVOKED, USER_DISABLED, USER_REMOVED, ACCESS_ENDED

	}

	private final TicketMapper tickets;

	private final TicketRecords records;

	private final TicketNotices notices;

	private final AuditLog audit;

	private final Handlers handlers;

	TicketRouting(TicketMapper tickets, TicketRecords records, TicketNotices notices, AuditLog audit,
			Handlers handlers) {
		this.handlers = handlers;
		this.tickets = tickets;
		this.records = records;
		this.notices = notices;
		this.audit = audit;
	}

	/** Where a new ticket of this product goes. */
	Route route(MerchantId merchant, long productId, LocalDateTime now) {
		Handlers.Routed routed = this.handlers.route(merchant, productId, now);
		return new Route(routed.user(), routed.primary() ? RoutedTo.PRIMARY_HANDLER : RoutedTo.MAIN_ACCOUNT);
	}

	@EventListener
	void grantChanged(ProductGrantChanged change) {
		Handler main = this.handlers.mainAccount(change.merchant());
		if (!change.revoked() && change.primaryHandler()) {
			Handler handler = this.handlers.user(change.merchant(), change.userId()).orElseThrow();
			for (long id : this.tickets.openOf(change.merchant(), main.id(), change.productId())) {
				handOver(change.merchant(), id, handler, Reason.PRIMARY_GRANTED, change.actor());
			}
		}
		else if (change.revoked()) {
			for (long id : this.tickets.openOf(change.merchant(), change.userId(), change.productId())) {
				handBack(change.merchant(), id, change.userId(), Reason.GRANT_REVOKED, change.actor());
			}
		}
	}

	@EventListener
	void subUserWithdrawn(SubUserWithdrawn withdrawn) {
		Reason reason = withdrawn.removed() ? Reason.USER_REMOVED : Reason.USER_DISABLED;
		for (long id : this.tickets.openOf(withdrawn.merchant(), withdrawn.userId(), null)) {
			handBack(withdrawn.merchant(), id, withdrawn.userId(), reason, withdrawn.actor());
		}
	}

	/**
	 * Hands back the open tickets of sub-users whose grant of the product expired (a
	 * grant stops working without any job, so its tickets are picked up here).
	 * @return how many tickets moved
	 */
	@Transactional
	public int handBackStranded(int limit) {
		List<Stranded> stranded = this.tickets.stranded(this.records.now(), limit);
		for (Stranded ticket : stranded) {
			MerchantId merchant = new MerchantId(ticket.merchantId());
			this.tickets.lock(merchant, ticket.id())
				.ifPresent((row) -> handBack(merchant, row.id, row.handlerUserId, Reason.ACCESS_ENDED,
						Actor.system("portal", merchant)));
		}
		return stranded.size();
	}

	/**
	 * To the product's primary handler if that is someone else, else the main account.
	 */
	private void handBack(MerchantId merchant, long id, long leaving, Reason reason, Actor actor) {
		TicketRow ticket = this.tickets.lock(merchant, id).orElseThrow();
		Handler to = this.handlers.handBackTo(merchant, ticket.productId, leaving, this.records.now());
		handOver(merchant, id, to, reason, actor);
	}

	private void handOver(MerchantId merchant, long id, Handler to, Reason reason, Actor actor) {
		TicketRow ticket = this.tickets.lock(merchant, id).orElseThrow();
		if (ticket.handlerUserId == to.id() || ticket.status().ended()) {
			return;
		}
		String from = ticket.handlerName;
		ticket.handlerUserId = to.id();
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.HANDED_OVER, actor.userId(), actor.name());
		entry.detail = reason.name();
		entry.toUserId = to.id();
		entry.toUserName = to.name();
		this.records.write(ticket, ticket.status(), entry);
		this.audit.record(actor, AuditAction.TICKET_HANDED_OVER, AuditTarget.TICKET, ticket.ticketId,
				Map.of("handler", String.valueOf(from)), Map.of("handler", to.name(), "reason", reason.name()));
		ticket.handlerName = to.name();
		this.notices.toHandler(ticket, NotificationEvent.TICKET_ASSIGNED, Map.of());
	}

	/** The handler of a new ticket, and why. */
	record Route(Handler user, RoutedTo to) {

	}

}
