package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket lists on the demo tickets, each view against the plain query of what it
 * means (so the index-led SQL of the mapper is checked, not only its speed): the main
 * account's and a sub-user's (acme-support, who serves the Retail Footfall Dataset),
 * newest first, and never another merchant's.
 */
@DomainTest
class TicketListTests {

	private static final String ORDER = " ORDER BY t.created_at DESC, t.id DESC";

	@Autowired
	TicketService tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyViewOfTheMainAccountIsWhatItMeans() {
		long me = userId("acme-admin");
		Viewer viewer = new Viewer(merchant("acme"), null, LocalDateTime.now(ZoneOffset.UTC));
		String acme = "t.merchant_id = " + viewer.merchant().value();
		assertThat(list(viewer, me, TicketView.ALL, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + acme));
		assertThat(list(viewer, me, TicketView.PENDING, null, false)).isNotEmpty()
			.isEqualTo(expected(
					"FROM ticket t WHERE " + acme + " AND t.handler_user_id = " + me + " AND t.pending_marker = 1"));
		assertThat(list(viewer, me, TicketView.MINE, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + acme + " AND t.handler_user_id = " + me));
		assertThat(list(viewer, me, TicketView.HANDLED, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + acme + " AND t.id IN (SELECT ticket_ref FROM"
					+ " ticket_participant WHERE user_id = " + me + ")"));
		assertThat(list(viewer, me, TicketView.ALL, TicketStatus.IN_PROGRESS, true)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + acme + " AND t.status = 1 AND t.due_at < UTC_TIMESTAMP(6)"));
		assertThat(list(viewer, me, TicketView.ALL, null, false)).noneMatch((id) -> id.startsWith("TK2026110200"));
	}

	@Test
	void aSubUserSeesTheTicketsOfTheProductsItServesInEveryView() {
		long me = userId("acme-support");
		MerchantId merchant = merchant("acme");
		Viewer viewer = new Viewer(merchant, me, LocalDateTime.now(ZoneOffset.UTC));
		String served = "t.merchant_id = " + merchant.value() + " AND t.product_id IN (SELECT product_id FROM"
				+ " product_grant WHERE user_id = " + me + " AND role IN ('SERVE', 'MANAGE'))";
		assertThat(list(viewer, me, TicketView.ALL, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + served))
			.isEqualTo(expected("FROM ticket t JOIN product p ON p.id = t.product_id WHERE " + served
					+ " AND p.name_en = 'Retail Footfall Dataset'"));
		assertThat(list(viewer, me, TicketView.PENDING, null, false)).isNotEmpty()
			.isEqualTo(expected(
					"FROM ticket t WHERE " + served + " AND t.handler_user_id = " + me + " AND t.pending_marker = 1"));
		assertThat(list(viewer, me, TicketView.MINE, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + served + " AND t.handler_user_id = " + me));
		assertThat(list(viewer, me, TicketView.HANDLED, null, false)).isNotEmpty()
			.isEqualTo(expected("FROM ticket t WHERE " + served + " AND t.id IN (SELECT ticket_ref FROM"
					+ " ticket_participant WHERE user_id = " + me + ")"));
	}

	private List<String> list(Viewer viewer, long me, TicketView view, TicketStatus status, boolean overdue) {
		TicketFilter filter = new TicketFilter(view, status, null, null, null, null, overdue,
				LocalDateTime.now(ZoneOffset.UTC));
		TicketPage page = this.tickets.search(viewer, me, filter, PageRequest.of(1, 100));
		assertThat(page.page().total()).isEqualTo(page.page().items().size());
		return page.page().items().stream().map(Ticket::ticketId).toList();
	}

	private List<String> expected(String source) {
		return this.jdbc.queryForList("SELECT t.ticket_id " + source + ORDER, String.class);
	}

	private MerchantId merchant(String domain) {
		return new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain));
	}

	private long userId(String userName) {
		return this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class, userName);
	}

}
