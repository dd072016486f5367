package io.sellercenter.order;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sellercenter.order.Rows.InstanceRow;
import io.sellercenter.order.Rows.OrderRow;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;

/**
 * 查询订单: the order list and an order's details, as the viewer may see them. A page of the
 * list costs two statements: the page with its lines, and a count that stops at
 * {@link #COUNT_CAP} (one, while a count that reached the cap is remembered).
 */
@Service
public class OrderService {

	/**
	 * The count goes no further: beyond it the page says "more than", and the pager stops
	 * there (50 pages; deeper pages would be slow OFFSET scans, a narrower filter or the
	 * export serves better). Counting to 10,000 cost every first page a quarter of its
	 * database time on a million orders.
	 */
	public static final int COUNT_CAP = 1_000;

	private final OrderMapper orders;

	private final Clock clock;

	/**
	 * Filters of whole merchants whose count reached the cap, for a minute: their first
	 * pages skip the count, which was half the database's time of a list page. Orders are
	 * never deleted, so such a filter keeps matching more than the cap, except when
	 * orders change status, which the minute bounds. A sub-user's view is always counted:
	 * what they see changes with their grants.
	 */
	private final Cache<CappedFilter, Boolean> capped = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	OrderService(OrderMapper orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	public OrderPage search(Viewer viewer, OrderFilter filter, PageRequest request) {
		CappedFilter key = (viewer.subUserId() == null) ? new CappedFilter(viewer.merchant(), filter) : null;
		long counted = (key != null && this.capped.getIfPresent(key) != null) ? COUNT_CAP + 1
				: this.orders.countCapped(viewer, filter, COUNT_CAP + 1);
		boolean capped = counted > COUNT_CAP;
		if (capped && key != null) {
			this.capped.put(key, Boolean.TRUE);
		}
		long total = Math.min(counted, COUNT_CAP);
		PageRequest bounded = request.within(total);
		List<Order> items = (total == 0) ? List.of()
				: this.orders.search(viewer, filter, bounded.offset(), bounded.size())
					.stream()
					.map(OrderRow::toOrder)
					.toList();
		return new OrderPage(Page.of(items, bounded, total), capped);
	}

	/** An order with the lines, instances and history the viewer may see. */
	public Optional<OrderDetails> details(Viewer viewer, String orderId) {
		if (orderId == null || orderId.isBlank()) {
			return Optional.empty();
		}
		OrderFilter byId = new OrderFilter(orderId, null, null, null, null, null, null, null, null, false);
		return this.orders.findVisible(viewer, byId).map((row) -> {
			row.lines = this.orders.lines(viewer, row.id);
			List<Instance> instances = this.orders.instances(viewer, row.id)
				.stream()
				.map(InstanceRow::toInstance)
				.toList();
			return new OrderDetails(row.toOrder(), instances, this.orders.history(viewer, row.id));
		});
	}

	/**
	 * An order of the merchant with all its lines, as the merchant's own servers read it
	 * (the order-query API): no instances, no history. Another merchant's order is empty,
	 * as one that does not exist.
	 */
	public Optional<Order> order(MerchantId merchant, String orderId) {
		if (orderId == null || orderId.isBlank()) {
			return Optional.empty();
		}
		Viewer whole = Viewer.wholeMerchant(merchant, LocalDateTime.now(this.clock));
		OrderFilter byId = new OrderFilter(orderId, null, null, null, null, null, null, null, null, false);
		return this.orders.findVisible(whole, byId).map((row) -> {
			row.lines = this.orders.lines(whole, row.id);
			return row.toOrder();
		});
	}

	private record CappedFilter(MerchantId merchant, OrderFilter filter) {
	}

}
