package io.sellercenter.ticket;

import java.util.List;

/**
 * Ticket figures of a range (tickets opened in it), per product and in total: how many,
 * the average time to the first response (wall-clock minutes, from receipt), and the
 * share that went past their response time. Null where there is nothing to average.
 */
public record TicketFigures(List<Figure> products, Figure total) {

	public record Figure(Long productId, String productNameZh, String productNameEn, long tickets, long answered,
			Double averageFirstResponseMinutes, Double overdueShare) {

		public String productName(boolean english) {
			return (english && this.productNameEn != null) ? this.productNameEn : this.productNameZh;
		}

	}

	static TicketFigures of(List<Row> rows) {
		long tickets = 0;
		long answered = 0;
		long overdue = 0;
		double minutes = 0;
		List<Figure> products = new java.util.ArrayList<>();
		for (Row r : rows) {
			products.add(new Figure(r.productId(), r.nameZh(), r.nameEn(), r.tickets(), r.answered(),
					(r.answered() > 0) ? r.responseMinutes() / r.answered() : null,
					(r.tickets() > 0) ? (double) r.overdue() / r.tickets() : null));
			tickets += r.tickets();
			answered += r.answered();
			overdue += r.overdue();
			minutes += r.responseMinutes();
		}
		return new TicketFigures(products, new Figure(null, null, null, tickets, answered,
				(answered > 0) ? minutes / answered : null, (tickets > 0) ? (double) overdue / tickets : null));
	}

	/** A product's sums, as the query gives them. */
	record Row(long productId, String nameZh, String nameEn, long tickets, long answered, double responseMinutes,
			long overdue) {

	}

}
