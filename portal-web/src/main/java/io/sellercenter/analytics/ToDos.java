package io.sellercenter.analytics;

import java.time.LocalDateTime;

import io.sellercenter.notification.InSiteMessages;
import io.sellercenter.product.ApplicationStatus;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.supervision.SupervisionService;
import io.sellercenter.ticket.TicketService;
import io.sellercenter.usage.UsageLedger;

import org.springframework.stereotype.Component;

/**
 * What waits on the user, counted once for the home page and the analytics overview (they
 * showed the same counts, so the counting lives here). A count the user's menus do not
 * cover is null, and the page leaves its card out.
 */
@Component
public class ToDos {

	private final ProductService products;

	private final TicketService tickets;

	private final SupervisionService supervision;

	private final UsageLedger usage;

	private final InSiteMessages messages;

	ToDos(ProductService products, TicketService tickets, SupervisionService supervision, UsageLedger usage,
			InSiteMessages messages) {
		this.products = products;
		this.tickets = tickets;
		this.supervision = supervision;
		this.usage = usage;
		this.messages = messages;
	}

	public Counts of(CurrentUser user, Viewer viewer) {
		Long waiting = null;
		Long sentBack = null;
		if (user.has(Menu.PRODUCTS)) {
			waiting = applications(viewer, ApplicationStatus.SUBMITTED);
			sentBack = applications(viewer, ApplicationStatus.REJECTED);
		}
		TicketService.Counts ticketCounts = user.has(Menu.TICKETS) ? this.tickets.counts(viewer, user.userId()) : null;
		SupervisionService.Counts supervisionCounts = user.has(Menu.SUPERVISION)
				? this.supervision.counts(viewer, user.userId()) : null;
		Long rejections = null;
		if (user.has(Menu.USAGE)) {
			LocalDateTime now = viewer.now();
			rejections = this.usage.rejectedCapped(viewer, now.minusHours(24), now, REJECTIONS_CAP + 1);
		}
		long unread = this.messages.unreadCount(user.merchant(), user.userId());
		return new Counts(waiting, sentBack, ticketCounts, supervisionCounts, rejections, unread);
	}

	/**
	 * Rejections are counted up to here: a merchant pushing badly rejects hundreds of
	 * thousands a day, and counting them all cost the overview a second
	 * (docs/benchmarks.md).
	 */
	public static final int REJECTIONS_CAP = 9_999;

	private long applications(Viewer viewer, ApplicationStatus status) {
		return this.products.applications(viewer, status, new PageRequest(1, 1)).total();
	}

	/** The counts; null where the user's menus do not reach. */
	public record Counts(Long applicationsWaiting, Long applicationsSentBack, TicketService.Counts tickets,
			SupervisionService.Counts supervision, Long usageRejections, long unreadNotifications) {

	}

}
