package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.TicketMapper.NewEntry;
import io.sellercenter.ticket.TicketRouting.Route;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of tickets, as the platform sends it: a new ticket, and what the
 * customer does with it. Each call changes one ticket under its row's lock, inside the
 * transaction that records the platform event; a call the ticket's state does not allow
 * is a conflict and changes nothing.
 */
@Service
public class TicketIntake {

	private final TicketMapper tickets;

	private final TicketRecords records;

	private final TicketRouting routing;

	private final TicketNotices notices;

	private final TicketSecrets secrets;

	private final ServiceHoursService hours;

	private final OrderIntake merchants;

	TicketIntake(TicketMapper tickets, TicketRecords records, TicketRouting routing, TicketNotices notices,
			TicketSecrets secrets, ServiceHoursService hours, OrderIntake merchants) {
		this.tickets = tickets;
		this.records = records;
		this.routing = routing;
		this.notices = notices;
		this.secrets = secrets;
		this.hours = hours;
		this.merchants = merchants;
	}

	/** Opens the ticket and hands it to its product's handler. */
	@Transactional
	public Opened open(NewTicket sent, String eventId) {
		MerchantId merchant = this.merchants.merchant(sent.merchant())
			.orElseThrow(() -> new OrderRejected(Reason.INVALID, "merchant", "unknown merchant"));
		if (!this.tickets.productOf(merchant, sent.productId())) {
			throw new OrderRejected(Reason.INVALID, "product_id", "is not a product of this merchant");
		}
		LocalDateTime now = this.records.now();
		Route route = this.routing.route(merchant, sent.productId(), now);
		TicketRow ticket = new TicketRow();
		ticket.merchantId = merchant.value();
		ticket.ticketId = sent.ticketId();
		ticket.productId = sent.productId();
		ticket.orderId = sent.orderId();
		ticket.instanceId = sent.instanceId();
		ticket.customerId = sent.customerId();
		ticket.customerName = sent.customerName();
		ticket.customerAccountName = sent.customerAccountName();
		ticket.title = sent.title();
		ticket.category = sent.category().name();
		ticket.status(TicketStatus.PENDING_ACCEPTANCE);
		ticket.handlerUserId = route.user().id();
		ticket.routedTo = route.to().name();
		ticket.routedUserId = route.user().id();
		ticket.createdAt = (sent.createdAt() != null) ? sent.createdAt() : now;
		ticket.receivedAt = now;
		ticket.updatedAt = now;
		// The clock starts when the ticket reaches the merchant: a ticket the platform
		// sends late is not overdue on arrival for the platform's delay.
		TicketClock.owe(ticket, this.hours.of(merchant), now);
		try {
			this.tickets.insert(ticket);
		}
		catch (DuplicateKeyException ex) {
			throw new OrderRejected(Reason.CONFLICT, "ticket_id", "a ticket with this id exists");
		}
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.OPENED, null, sent.customerName());
		entry.text = sent.message();
		entry.detail = route.to().name();
		entry.toUserId = route.user().id();
		entry.toUserName = route.user().name();
		entry.eventId = eventId;
		entry.createdAt = ticket.createdAt;
		this.records.write(ticket, ticket.status(), entry, sent.attachments());
		TicketRow stored = this.tickets.lock(merchant, ticket.id).orElseThrow();
		this.notices.toHandler(stored, NotificationEvent.TICKET_ASSIGNED, Map.of());
		return new Opened(merchant, ticket.ticketId, ticket.status(), route.user().userName(), route.to());
	}

	/** What the customer did; refused (409) when the ticket's state does not allow it. */
	@Transactional
	public Changed customerEvent(String ticketId, CustomerEvent event, String eventId) {
		TicketRow ticket = this.tickets.lockByTicketId(ticketId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "ticket_id", "no such ticket"));
		TicketStatus before = ticket.status();
		if (before.ended()) {
			throw conflict("the ticket has ended (" + before + ")");
		}
		MerchantId merchant = new MerchantId(ticket.merchantId);
		ServiceHours hours = this.hours.of(merchant);
		LocalDateTime at = this.records.now();
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.valueOf(event.type().name()), null, ticket.customerName);
		entry.eventId = eventId;
		// Whatever the customer wrote with the event is kept (a word with a confirmation
		// too).
		entry.text = event.message();
		NotificationEvent notice = null;
		List<io.sellercenter.file.Upload> uploads = List.of();
		switch (event.type()) {
			case CUSTOMER_MESSAGE -> {
				entry.text = event.message();
				uploads = event.attachments();
				if (before == TicketStatus.PAUSED || before == TicketStatus.WAITING_FOR_CUSTOMER) {
					ticket.status(TicketStatus.IN_PROGRESS);
				}
				customerActed(ticket, hours, at);
				notice = NotificationEvent.TICKET_CUSTOMER_REPLIED;
			}
			case CUSTOMER_CONFIRMED -> {
				requireStatus(before, TicketStatus.PENDING_CONFIRMATION);
				end(ticket, TicketStatus.COMPLETED, at);
			}
			case CUSTOMER_REFUSED -> {
				requireStatus(before, TicketStatus.PENDING_CONFIRMATION);
				if (ticket.refusedAt != null) {
					throw conflict("the resolution was refused already");
				}
				entry.text = event.message();
				ticket.refusedAt = at;
				ticket.status(TicketStatus.PENDING_CONFIRMATION);
				TicketClock.owe(ticket, hours, at);
				notice = NotificationEvent.TICKET_RESOLUTION_REFUSED;
			}
			case ACCESS_GRANTED -> {
				entry.detail = event.access().name();
				this.secrets.share(ticket, event.access(), event.details());
				// As a message does: the clock runs again, so the next step is the
				// handler's.
				if (before == TicketStatus.PAUSED || before == TicketStatus.WAITING_FOR_CUSTOMER) {
					ticket.status(TicketStatus.IN_PROGRESS);
				}
				customerActed(ticket, hours, at);
				notice = NotificationEvent.TICKET_CUSTOMER_REPLIED;
			}
			case ACCESS_REVOKED -> {
				entry.detail = event.access().name();
				this.secrets.withdraw(ticket, event.access());
			}
			case CUSTOMER_CANCELLED -> {
				entry.text = event.message();
				end(ticket, TicketStatus.CANCELLED, at);
			}
		}
		this.records.write(ticket, before, entry, uploads);
		if (ticket.status().ended() && this.secrets.erase(ticket)) {
			// Erased in its own step, so the timeline says when.
			this.records.write(ticket, ticket.status(),
					TicketRecords.entry(ticket, EntryKind.SECRETS_ERASED, null, "portal"));
		}
		if (notice != null) {
			String reason = (event.message() != null) ? event.message() : "";
			this.notices.toHandler(ticket, notice,
					(notice == NotificationEvent.TICKET_RESOLUTION_REFUSED) ? Map.of("reason", reason) : Map.of());
		}
		return new Changed(merchant, ticket.ticketId, ticket.status());
	}

	/** The ticket as the customer sees it through the platform. */
	@Transactional(readOnly = true)
	public Optional<CustomerView> customerView(String ticketId) {
		return this.tickets.findByTicketId(ticketId).map((ticket) -> {
			MerchantId merchant = new MerchantId(ticket.merchantId);
			List<TicketEntry> entries = TicketEntries.of(this.tickets, merchant, ticket.id)
				.stream()
				.filter((entry) -> entry.kind().toCustomer())
				.toList();
			return new CustomerView(ticket.toTicket(false), entries);
		});
	}

	/**
	 * The clock after the customer wrote or shared something; except on a resolution the
	 * customer is still to confirm or refuse: the merchant has no step to answer with
	 * there (no reply), so nothing becomes owed and no overdue notice follows.
	 */
	private static void customerActed(TicketRow ticket, ServiceHours hours, LocalDateTime at) {
		if (ticket.status() == TicketStatus.PENDING_CONFIRMATION && ticket.refusedAt == null) {
			return;
		}
		TicketClock.customerActed(ticket, hours, at);
	}

	private static void end(TicketRow ticket, TicketStatus status, LocalDateTime at) {
		ticket.status(status);
		ticket.endedAt = at;
		TicketClock.answered(ticket);
	}

	private static void requireStatus(TicketStatus actual, TicketStatus expected) {
		if (actual != expected) {
			throw conflict("the ticket is " + actual + ", not " + expected);
		}
	}

	private static OrderRejected conflict(String message) {
		return new OrderRejected(Reason.CONFLICT, "type", message);
	}

	public record Opened(MerchantId merchant, String ticketId, TicketStatus status, String handler, RoutedTo routedTo) {

	}

	public record Changed(MerchantId merchant, String ticketId, TicketStatus status) {

	}

	public record CustomerView(Ticket ticket, List<TicketEntry> entries) {

	}

}
