package io.sellercenter.idp.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The tickets opened from the sandbox since the provider started, newest first. Memory
 * only: the portal keeps the tickets, this is just a way back to them.
 */
class OpenedTickets {

	private static final int KEPT = 200;

	private final Deque<Opened> tickets = new ConcurrentLinkedDeque<>();

	void add(Opened ticket) {
		this.tickets.addFirst(ticket);
		while (this.tickets.size() > KEPT) {
			this.tickets.pollLast();
		}
	}

	List<Opened> list() {
		return new ArrayList<>(this.tickets);
	}

	record Opened(String ticketId, String merchant, String productId, String title, Instant openedAt) {
	}

}
