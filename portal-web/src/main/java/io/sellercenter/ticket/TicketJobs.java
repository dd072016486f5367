package io.sellercenter.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tickets' background work, on every instance at once (each step is safe to run
 * twice): overdue answers are told of once, and tickets whose handler lost the product (a
 * grant that expired) go back to the primary handler or the main account.
 */
@Component
@ConditionalOnProperty(name = "portal.tickets.jobs-enabled", havingValue = "true", matchIfMissing = true)
class TicketJobs {

	private static final Logger log = LoggerFactory.getLogger(TicketJobs.class);

	private static final int BATCH = 200;

	private final TicketOverdue overdue;

	private final TicketRouting routing;

	TicketJobs(TicketOverdue overdue, TicketRouting routing) {
		this.overdue = overdue;
		this.routing = routing;
	}

	@Scheduled(fixedDelayString = "${portal.tickets.sweep-interval:30s}",
			initialDelayString = "${portal.tickets.sweep-interval:30s}")
	void sweep() {
		try {
			int told;
			do {
				told = this.overdue.notifyOverdue(BATCH);
			}
			while (told == BATCH);
			this.routing.handBackStranded(BATCH);
		}
		catch (RuntimeException ex) {
			// The next tick tries again; nothing was half done (one transaction each).
			log.warn("Ticket sweep failed; retried at the next tick", ex);
		}
	}

}
