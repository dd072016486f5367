package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.product.Handlers;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.ticket.TicketDetails.Handler;
import io.sellercenter.ticket.TicketMapper.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of tickets: the lists, a ticket's page, and the steps of handling
 * it. A ticket is seen by the main account and by sub-users with a SERVE or MANAGE grant
 * of its product (anyone else: not found); it is handled by its current handler or the
 * main account. Every step is checked against {@link TicketAction}, written to the
 * timeline and audited.
 */
@Service
public class TicketService {

	/** As the order list: the count stops here and the pager with it. */
	public static final int COUNT_CAP = 1_000;

	static final int MAX_TEXT = 5_000;

	static final int MAX_REASON = 500;

	private final TicketMapper tickets;

	private final TicketRecords records;

	private final TicketNotices notices;

	private final TicketSecrets secrets;

	private final ServiceHoursService hours;

	private final FileService files;

	private final AuditLog audit;

	private final Handlers handlers;

	TicketService(TicketMapper tickets, TicketRecords records, TicketNotices notices, TicketSecrets secrets,
			ServiceHoursService hours, FileService files, AuditLog audit, Handlers handlers) {
		this.handlers = handlers;
		this.tickets = tickets;
		this.records = records;
		this.notices = notices;
		this.secrets = secrets;
		this.hours = hours;
		this.files = files;
		this.audit = audit;
	}

	/** Two statements: the capped count and the page. */
	public TicketPage search(Viewer viewer, long me, TicketFilter filter, PageRequest request) {
		long counted = this.tickets.countCapped(viewer, me, filter, COUNT_CAP + 1);
		long total = Math.min(counted, COUNT_CAP);
		PageRequest bounded = request.within(total);
		List<Ticket> items = (total == 0) ? List.of()
				: this.tickets.search(viewer, me, filter, bounded.offset(), bounded.size())
					.stream()
					.map((row) -> row.toTicket(false))
					.toList();
		return new TicketPage(Page.of(items, bounded, total), counted > COUNT_CAP);
	}

	/**
	 * The ticket figures of the tickets opened in [from, to) (UTC) that the viewer sees.
	 */
	public TicketFigures figures(Viewer viewer, LocalDateTime from, LocalDateTime to) {
		return TicketFigures.of(this.tickets.figures(viewer, from, to, this.records.now()));
	}

	/** For the home page: tickets pending on me, and overdue tickets I may see. */
	public Counts counts(Viewer viewer, long me) {
		return new Counts(this.tickets.countPending(viewer, me), this.tickets.countOverdue(viewer, this.records.now()));
	}

	public Optional<TicketDetails> details(Viewer viewer, long me, String ticketId) {
		return visible(viewer, ticketId).map((row) -> {
			boolean mayAct = mayAct(viewer, me, row);
			Ticket ticket = row.toTicket(mayAct);
			Set<TicketAction> allowed = mayAct ? TicketAction.allowed(ticket) : EnumSet.noneOf(TicketAction.class);
			List<Handler> transferTo = allowed.contains(TicketAction.TRANSFER)
					? this.handlers.eligible(viewer.merchant(), row.productId, viewer.now())
						.stream()
						.filter((user) -> user.id() != row.handlerUserId)
						.map(Handler::of)
						.toList()
					: List.of();
			return new TicketDetails(ticket, TicketEntries.of(this.tickets, viewer.merchant(), row.id), allowed,
					transferTo);
		});
	}

	/** A file of a ticket the viewer may see; empty for any other. */
	public Optional<StoredFile> attachment(Viewer viewer, String ticketId, long fileId) {
		return visible(viewer, ticketId).filter((row) -> this.tickets.hasAttachment(viewer.merchant(), row.id, fileId))
			.flatMap((row) -> this.files.find(viewer.merchant(), FileKind.Owner.TICKET, fileId));
	}

	/**
	 * What the customer shared, for the handler and the main account only; each reading
	 * is audited.
	 */
	@Transactional
	public String readSecret(Viewer viewer, Actor actor, String ticketId, AccessKind kind) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		String secret = this.secrets.read(ticket, kind);
		if (secret == null) {
			throw new TicketRejected("nothingShared");
		}
		this.audit.record(actor, AuditAction.TICKET_SECRET_READ, AuditTarget.TICKET, ticketId, null,
				Map.of("kind", kind.name()));
		return secret;
	}

	@Transactional
	public void accept(Viewer viewer, Actor actor, String ticketId) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.ACCEPT);
		LocalDateTime now = this.records.now();
		ticket.status(TicketStatus.IN_PROGRESS);
		ticket.acceptedAt = now;
		answered(ticket, now);
		write(ticket, before, actor, EntryKind.ACCEPTED, AuditAction.TICKET_ACCEPTED, null, List.of());
	}

	@Transactional
	public void reply(Viewer viewer, Actor actor, String ticketId, String text, List<Upload> uploads) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.REPLY);
		String message = text(text, MAX_TEXT);
		answered(ticket, this.records.now());
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.MERCHANT_REPLY, actor.userId(), actor.name());
		entry.text = message;
		write(ticket, before, actor, entry, AuditAction.TICKET_REPLIED, uploads);
	}

	@Transactional
	public void requestInfo(Viewer viewer, Actor actor, String ticketId, AccessKind kind, String text) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.REQUEST_INFO);
		String message = text(text, MAX_TEXT);
		if (kind == null) {
			throw new TicketRejected("kindRequired");
		}
		ticket.status(TicketStatus.PAUSED);
		TicketClock.pause(ticket, this.hours.of(viewer.merchant()), this.records.now());
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.INFO_REQUESTED, actor.userId(), actor.name());
		entry.text = message;
		entry.detail = kind.name();
		write(ticket, before, actor, entry, AuditAction.TICKET_INFO_REQUESTED, List.of());
	}

	@Transactional
	public void waitForCustomer(Viewer viewer, Actor actor, String ticketId, String text) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.WAIT_FOR_CUSTOMER);
		String note = optional(text, MAX_TEXT);
		ticket.status(TicketStatus.WAITING_FOR_CUSTOMER);
		TicketClock.pause(ticket, this.hours.of(viewer.merchant()), this.records.now());
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.WAITING_FOR_CUSTOMER, actor.userId(), actor.name());
		entry.text = note;
		write(ticket, before, actor, entry, AuditAction.TICKET_WAITING, List.of());
	}

	@Transactional
	public void transfer(Viewer viewer, Actor actor, String ticketId, Long toUserId, String reason) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.TRANSFER);
		String why = text(reason, MAX_REASON);
		io.sellercenter.product.Handler to = this.handlers.eligible(viewer.merchant(), ticket.productId, viewer.now())
			.stream()
			.filter((user) -> toUserId != null && user.id() == toUserId && user.id() != ticket.handlerUserId)
			.findFirst()
			.orElseThrow(() -> new TicketRejected("notEligible"));
		String from = ticket.handlerName;
		ticket.handlerUserId = to.id();
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.TRANSFERRED, actor.userId(), actor.name());
		entry.text = why;
		entry.toUserId = to.id();
		entry.toUserName = to.name();
		this.records.write(ticket, before, entry);
		this.audit.record(actor, AuditAction.TICKET_TRANSFERRED, AuditTarget.TICKET, ticketId,
				Map.of("handler", String.valueOf(from)), Map.of("handler", to.name(), "reason", why));
		this.notices.toHandler(ticket, NotificationEvent.TICKET_TRANSFERRED,
				Map.of("from", actor.name(), "reason", why));
	}

	@Transactional
	public void resolve(Viewer viewer, Actor actor, String ticketId, String cause, String solution) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.RESOLVE);
		String why = text(cause, MAX_TEXT);
		String how = text(solution, MAX_TEXT);
		ticket.refusedAt = null;
		ticket.status(TicketStatus.PENDING_CONFIRMATION);
		answered(ticket, this.records.now());
		NewEntry entry = TicketRecords.entry(ticket, EntryKind.RESOLVED, actor.userId(), actor.name());
		entry.cause = why;
		entry.solution = how;
		write(ticket, before, actor, entry, AuditAction.TICKET_RESOLVED, List.of());
	}

	@Transactional
	public void reopen(Viewer viewer, Actor actor, String ticketId) {
		TicketRow ticket = actionable(viewer, actor, ticketId);
		TicketStatus before = check(ticket, TicketAction.REOPEN);
		ticket.refusedAt = null;
		ticket.status(TicketStatus.IN_PROGRESS);
		// The refusal made an answer owed; reopening is not that answer, the clock runs
		// on.
		write(ticket, before, actor, EntryKind.REOPENED, AuditAction.TICKET_REOPENED, null, List.of());
	}

	private Optional<TicketRow> visible(Viewer viewer, String ticketId) {
		if (ticketId == null || ticketId.isBlank() || ticketId.length() > 64) {
			return Optional.empty();
		}
		return this.tickets.findVisible(viewer, ticketId);
	}

	/**
	 * The ticket, locked, when the viewer may see it and act on it: its handler, or the
	 * main account. Not seeing it is {@code notFound} (the page answers 404).
	 */
	private TicketRow actionable(Viewer viewer, Actor actor, String ticketId) {
		TicketRow seen = visible(viewer, ticketId).orElseThrow(() -> new TicketRejected("notFound"));
		TicketRow ticket = this.tickets.lock(viewer.merchant(), seen.id).orElseThrow();
		if (!mayAct(viewer, actor.userId(), ticket)) {
			throw new TicketRejected("notHandler");
		}
		return ticket;
	}

	private static boolean mayAct(Viewer viewer, Long me, TicketRow ticket) {
		return viewer.mainAccount() || (me != null && me == ticket.handlerUserId);
	}

	private static TicketStatus check(TicketRow ticket, TicketAction action) {
		if (!action.allowedOn(ticket.toTicket(false))) {
			throw new TicketRejected(ticket.status().ended() ? "ended" : "notAllowed");
		}
		return ticket.status();
	}

	private static void answered(TicketRow ticket, LocalDateTime now) {
		if (ticket.firstResponseAt == null) {
			ticket.firstResponseAt = now;
		}
		TicketClock.answered(ticket);
	}

	private void write(TicketRow ticket, TicketStatus before, Actor actor, EntryKind kind, AuditAction action,
			String text, List<Upload> uploads) {
		NewEntry entry = TicketRecords.entry(ticket, kind, actor.userId(), actor.name());
		entry.text = text;
		write(ticket, before, actor, entry, action, uploads);
	}

	private void write(TicketRow ticket, TicketStatus before, Actor actor, NewEntry entry, AuditAction action,
			List<Upload> uploads) {
		this.records.write(ticket, before, entry, uploads);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", ticket.status());
		this.audit.record(actor, action, AuditTarget.TICKET, ticket.ticketId, Map.of("status", before), after);
	}

	private static String text(String text, int max) {
		String value = optional(text, max);
		if (value == null) {
			throw new TicketRejected("textRequired");
		}
		return value;
	}

	private static String optional(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new TicketRejected("textTooLong");
		}
		return value;
	}

	/** The home page's figures. */
	public record Counts(long pendingOnMe, long overdue) {

	}

}
