package io.sellercenter.order;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.sellercenter.export.ExportResult;
import io.sellercenter.export.ExportStatus;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders as each viewer sees them, on the real database with the demo data: another
 * merchant's never, a sub-user's only through grants (and of an order only the granted
 * lines), the count that stops at its cap, and an export whose reader goes away.
 */
@DomainTest
class OrderServiceTests {

	@Autowired
	OrderService orders;

	@Autowired
	OrderIntake intake;

	@Autowired
	OrderExports exports;

	@Autowired
	OrderMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anotherMerchantsOrdersAreNeverFound() {
		Viewer acme = main("acme");
		String globexOrder = "CSGLOBEX000001";
		assertThat(this.orders.details(acme, globexOrder)).isEmpty();
		assertThat(this.orders.details(main("globex"), globexOrder)).isPresent();
		OrderPage page = this.orders.search(acme, filter(globexOrder), PageRequest.of(1, 20));
		assertThat(page.page().items()).isEmpty();
		assertThat(this.orders.search(acme, OrderFilter.none(), PageRequest.of(1, 100)).page().items()).isNotEmpty()
			.noneMatch((o) -> o.orderId().startsWith("CSGLOBEX"));
	}

	@Test
	void subUserSeesOrdersAndLinesOfGrantedProductsOnly() {
		String orderId = "MIX-" + UUID.randomUUID().toString().substring(0, 8);
		long wordpress = productId("WordPress One-Click");
		long footfall = productId("Retail Footfall Dataset");
		this.intake.receive(new NewOrder(orderId, "acme", OrderType.NEW, OrderStatus.PROCESSING,
				LocalDateTime.of(2026, 1, 5, 0, 0), null, "CNY", new BigDecimal("1000.00"),
				new NewOrder.Customer("c-mix", "Mixed Ltd", "mixed"),
				List.of(line(orderId + "-1", wordpress, specId(wordpress, "On demand"), OrderChargingMode.ON_DEMAND),
						line(orderId + "-2", footfall, specId(footfall, "Per download"),
								OrderChargingMode.ON_DEMAND_PKG))),
				"evt-" + orderId);
		this.intake.changeInstance(orderId + "-2-i", InstanceAction.FREEZE, LocalDateTime.of(2026, 1, 6, 0, 0),
				"evt-freeze-" + orderId);

		OrderDetails all = this.orders.details(main("acme"), orderId).orElseThrow();
		assertThat(all.order().lines()).hasSize(2);
		assertThat(all.instances()).hasSize(2);
		assertThat(all.history()).hasSize(2);

		Viewer ops = subUser("acme-ops");
		OrderDetails granted = this.orders.details(ops, orderId).orElseThrow();
		assertThat(granted.order().lines()).extracting(OrderLine::productNameEn).containsExactly("WordPress One-Click");
		assertThat(granted.instances()).extracting(Instance::instanceId).containsExactly(orderId + "-1-i");
		assertThat(granted.history()).as("the other line's instance history is hidden").hasSize(1);
		assertThat(this.orders.search(ops, filter(orderId), PageRequest.of(1, 20)).page().items()).singleElement()
			.satisfies((o) -> assertThat(o.lines()).hasSize(1));
		assertThat(this.orders
			.search(ops, new OrderFilter(null, null, null, "Footfall", null, null, null, null, null, false),
					PageRequest.of(1, 20))
			.page()
			.items()).as("no order with a granted line of that product").noneMatch((o) -> o.orderId().equals(orderId));
	}

	@Test
	void countStopsAtItsCapAndThePagerWithIt() {
		MerchantId merchant = bulkMerchant(OrderService.COUNT_CAP + 5);
		Viewer viewer = new Viewer(merchant, null, LocalDateTime.now());
		OrderPage first = this.orders.search(viewer, OrderFilter.none(), PageRequest.of(1, 20));
		assertThat(first.capped()).isTrue();
		assertThat(first.page().total()).isEqualTo(OrderService.COUNT_CAP);
		assertThat(first.page().items()).hasSize(20);
		OrderPage beyond = this.orders.search(viewer, OrderFilter.none(), PageRequest.of(9999, 20));
		assertThat(beyond.page().page()).isEqualTo(OrderService.COUNT_CAP / 20);
		assertThat(this.orders
			.search(viewer, new OrderFilter(null, "Customer 7", null, null, null, null, null, null, null, false),
					PageRequest.of(1, 20))
			.capped()).isFalse();
	}

	@Test
	void aCountThatReachedTheCapIsRememberedForTheWholeMerchantOnly() {
		MerchantId merchant = bulkMerchant(OrderService.COUNT_CAP + 5);
		Viewer viewer = new Viewer(merchant, null, LocalDateTime.now());
		assertThat(this.orders.search(viewer, OrderFilter.none(), PageRequest.of(1, 20)).capped()).isTrue();
		// Fewer than the cap now (orders are never deleted in the portal; this shows the
		// count is not asked again).
		this.jdbc.update("DELETE FROM orders WHERE merchant_id = ? ORDER BY id LIMIT 10", merchant.value());

		OrderPage again = this.orders.search(viewer, OrderFilter.none(), PageRequest.of(1, 20));
		assertThat(again.capped()).as("remembered").isTrue();
		assertThat(again.page().items()).as("the rows are read as ever").hasSize(20);
		OrderFilter completed = new OrderFilter(null, null, null, null, null, null, OrderStatus.COMPLETED, null, null,
				false);
		assertThat(this.orders.search(viewer, completed, PageRequest.of(1, 20)).capped())
			.as("another filter is counted: it finds the orders left")
			.isFalse();
	}

	@Test
	void exportStopsWhenItsReaderGoesAway() {
		MerchantId merchant = bulkMerchant(5000);
		CurrentUser user = new CurrentUser(1, "exporter", "Exporter", AccountType.MAIN, merchant.value(), "Bulk",
				"bulk", "s", "sid", Set.of());
		List<ExportedOrder> written = new ArrayList<>();
		ExportResult result = this.exports.export(user, new Viewer(merchant, null, LocalDateTime.now()), "",
				OrderFilter.none(), (order) -> {
					if (written.size() == 10) {
						throw new IOException("Broken pipe");
					}
					written.add(order);
				});
		assertThat(result.status()).isEqualTo(ExportStatus.CLIENT_ABORTED);
		assertThat(result.rows()).isEqualTo(10);
		assertThat(written.get(0).orderId()).endsWith("-4999");
		assertThat(this.jdbc.queryForObject("SELECT status FROM order_export WHERE id = ?", String.class, result.id()))
			.isEqualTo("CLIENT_ABORTED");

		ExportResult whole = this.exports.export(user, new Viewer(merchant, null, LocalDateTime.now()), "",
				OrderFilter.none(), (order) -> {
				});
		assertThat(whole.status()).isEqualTo(ExportStatus.FINISHED);
		assertThat(whole.rows()).isEqualTo(5000);
	}

	@Test
	void exportShowsTheSameLinesFromTheSummaryIntakeWroteAndFromTheOrdersLines() {
		String orderId = "SUM-" + UUID.randomUUID().toString().substring(0, 8);
		long wordpress = productId("WordPress One-Click");
		long footfall = productId("Retail Footfall Dataset");
		this.intake.receive(new NewOrder(orderId, "acme", OrderType.NEW, OrderStatus.COMPLETED,
				LocalDateTime.of(2026, 2, 5, 0, 0), LocalDateTime.of(2026, 2, 5, 0, 3), "CNY", new BigDecimal("1012.5"),
				new NewOrder.Customer("c-sum", "Summary Ltd", "summary"),
				List.of(new NewOrder.Line(orderId + "-1", wordpress, specId(wordpress, "On demand"),
						OrderChargingMode.ON_DEMAND, null, null, null, new BigDecimal("12.5"),
						List.of(orderId + "-a", orderId + "-b", orderId + "-c")),
						new NewOrder.Line(orderId + "-2", footfall, specId(footfall, "Per download"),
								OrderChargingMode.ON_DEMAND_PKG, null, null, null, new BigDecimal("1000"), List.of()))),
				"evt-" + orderId);
		String stored = this.jdbc.queryForObject("SELECT line_summary FROM orders WHERE order_id = ?", String.class,
				orderId);
		assertThat(stored).isEqualTo(this.mapper.builtLineSummary(orderId));
		assertThat(LineSummary.decode(stored)).extracting(LineSummary.Entry::instanceIds)
			.containsExactly(List.of(orderId + "-a", orderId + "-b", orderId + "-c"), List.of());

		List<ExportedOrder> fromSummary = exportOne(main("acme"), orderId);
		List<ExportedOrder> forOps = exportOne(subUser("acme-ops"), orderId);
		this.jdbc.update("UPDATE orders SET line_summary = NULL WHERE order_id = ?", orderId);
		List<ExportedOrder> fromLines = exportOne(main("acme"), orderId);

		assertThat(fromSummary).isEqualTo(fromLines).singleElement().satisfies((order) -> {
			assertThat(order.lines()).extracting(ExportedOrder.Line::productNameEn)
				.containsExactly("WordPress One-Click", "Retail Footfall Dataset");
			assertThat(order.lines()).extracting(ExportedOrder.Line::amount)
				.containsExactly(new BigDecimal("12.50"), new BigDecimal("1000.00"));
		});
		assertThat(forOps).as("a sub-user's export holds the granted line only")
			.singleElement()
			.satisfies((order) -> assertThat(order.lines()).extracting(ExportedOrder.Line::productNameEn)
				.containsExactly("WordPress One-Click"));
	}

	private List<ExportedOrder> exportOne(Viewer viewer, String orderId) {
		CurrentUser user = new CurrentUser(1, "exporter", "Exporter", AccountType.MAIN, viewer.merchant().value(),
				"Acme", "acme", "s", "sid", Set.of());
		List<ExportedOrder> written = new ArrayList<>();
		ExportResult result = this.exports.export(user, viewer, "", filter(orderId), written::add);
		assertThat(result.status()).isEqualTo(ExportStatus.FINISHED);
		return written;
	}

	private MerchantId bulkMerchant(int orders) {
		String domain = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
				+ " VALUES (?, 'Bulk', 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", domain);
		long id = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		String digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
				+ " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
		this.jdbc.update("INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, currency, amount,"
				+ " customer_id, customer_name, customer_account_name, received_at, updated_at)"
				+ " SELECT ?, CONCAT(?, '-', n), 'NEW', 'COMPLETED', TIMESTAMP('2025-01-01') + INTERVAL n MINUTE, 'CNY',"
				+ " 1.00, 'c', CONCAT('Customer ', n), ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM (SELECT a.d + 10 * b.d"
				+ " + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM " + digits + " a, " + digits + " b, " + digits
				+ " c, " + digits + " e, " + digits + " f) numbers WHERE n < ?", id, domain, domain, orders);
		return new MerchantId(id);
	}

	private static NewOrder.Line line(String id, long product, long spec, OrderChargingMode mode) {
		return new NewOrder.Line(id, product, spec, mode, null, null, null, new BigDecimal("500.00"),
				List.of(id + "-i"));
	}

	private static OrderFilter filter(String orderId) {
		return new OrderFilter(orderId, null, null, null, null, null, null, null, null, false);
	}

	private Viewer main(String domain) {
		return new Viewer(
				new MerchantId(
						this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain)),
				null, LocalDateTime.now());
	}

	private Viewer subUser(String userName) {
		var row = this.jdbc.queryForMap("SELECT id, merchant_id FROM portal_user WHERE user_name = ?", userName);
		return new Viewer(new MerchantId((Long) row.get("merchant_id")), (Long) row.get("id"), LocalDateTime.now());
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, nameEn);
	}

	private long specId(long productId, String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product_spec WHERE product_id = ? AND name_en = ?", Long.class,
				productId, nameEn);
	}

}
