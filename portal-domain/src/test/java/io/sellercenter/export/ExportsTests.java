package io.sellercenter.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.sellercenter.order.ExportSink;
import io.sellercenter.order.OrderExports;
import io.sellercenter.order.OrderFilter;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The export mechanics on the real database: exports stream on a pool of their own, the
 * limits refuse (never queue) exports beyond them, counting those of every instance, and
 * the history never keeps a row RUNNING for an export that no portal runs: an end that
 * could not be recorded is recorded by the next heartbeat, and the sweep marks exports
 * whose heartbeat is stale as lost, leaving live ones alone.
 */
@DomainTest
class ExportsTests {

	@Autowired
	Exports exports;

	@Autowired
	OrderExports orders;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEndThatCouldNotBeRecordedIsRecordedByTheNextHeartbeat() throws Exception {
		CurrentUser user = merchantWithOrders(200);
		HikariDataSource pages = this.dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			// Every connection of the pages' pool taken: the export streams on on its own
			// pool, but cannot record its end (after the pool's connection timeout, 30 s
			// in
			// these tests: the domain's context keeps Hikari's default rather than start
			// one
			// of its own).
			ExportResult result = this.orders.export(user, viewer(user), "", OrderFilter.none(), (order) -> {
				if (held.isEmpty()) {
					takeAll(pages, held);
				}
			});
			assertThat(result.status()).isEqualTo(ExportStatus.FINISHED);
			assertThat(result.rows()).isEqualTo(200);
		}
		finally {
			release(held);
		}
		long id = lastExport(user);
		assertThat(row(id)).as("not recorded while the pool was exhausted").containsEntry("status", "RUNNING");

		this.exports.heartbeat();
		assertThat(row(id)).containsEntry("status", "FINISHED").containsEntry("rows_written", 200L);
		assertThat(row(id).get("finished_at")).isNotNull();
	}

	@Test
	void sweepMarksExportsNoPortalRunsAsLostAndLeavesLiveOnes() throws Exception {
		CurrentUser dead = merchantWithOrders(0);
		long lost = runningRow(dead, 300);
		CurrentUser alive = merchantWithOrders(50);
		CountDownLatch streaming = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<ExportResult> running = blockingExport(alive, streaming, release);
		assertThat(streaming.await(10, TimeUnit.SECONDS)).isTrue();
		long live = lastExport(alive);
		try {
			this.exports.sweep();
			assertThat(row(lost)).containsEntry("status", "FAILED").containsEntry("reason", "LOST");
			assertThat(row(lost).get("finished_at")).as("its last sign of life")
				.isEqualTo(row(lost).get("heartbeat_at"));
			assertThat(row(live)).as("a live export").containsEntry("status", "RUNNING");

			// Its heartbeat missed for a while (the database was away), and a sweep took
			// it
			// for lost: the next heartbeat says it is alive.
			this.jdbc.update("UPDATE order_export SET heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE WHERE id = ?",
					live);
			this.exports.sweep();
			assertThat(row(live)).containsEntry("status", "FAILED").containsEntry("reason", "LOST");
			this.exports.heartbeat();
			assertThat(row(live)).containsEntry("status", "RUNNING").containsEntry("reason", null);
			assertThat((Long) row(live).get("rows_written")).as("the rows so far").isPositive();
			this.exports.sweep();
			assertThat(row(live)).containsEntry("status", "RUNNING");
		}
		finally {
			release.countDown();
		}
		assertThat(running.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExportStatus.FINISHED);
		assertThat(row(live)).containsEntry("status", "FINISHED").containsEntry("rows_written", 50L);
	}

	@Test
	void merchantLimitCountsTheRunningExportsOfEveryInstance() {
		CurrentUser user = merchantWithOrders(3);
		// Two exports running on other portals (fresh heartbeats), one whose portal died.
		runningRow(user, 5);
		long second = runningRow(user, 5);
		runningRow(user, 600);
		long before = exportsOf(user);
		List<String> started = new ArrayList<>();
		ExportSink sink = new ExportSink() {
			@Override
			public void start() {
				started.add("started");
			}

			@Override
			public void write(io.sellercenter.order.ExportedOrder order) {
			}
		};
		assertThatThrownBy(() -> this.orders.export(user, viewer(user), "", OrderFilter.none(), sink))
			.isInstanceOfSatisfying(ExportRefused.class, (refused) -> {
				assertThat(refused.why()).isEqualTo(ExportRefused.Why.MERCHANT_LIMIT);
				assertThat(refused.limit()).isEqualTo(2);
			});
		assertThat(started).as("nothing written").isEmpty();
		assertThat(exportsOf(user)).as("nothing recorded").isEqualTo(before);

		this.jdbc.update("UPDATE order_export SET heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE WHERE id = ?",
				second);
		assertThat(this.orders.export(user, viewer(user), "", OrderFilter.none(), sink).rows()).isEqualTo(3);
		assertThat(started).hasSize(1);
	}

	@Test
	void portalLimitRefusesAtOnceAndLeavesThePagesPoolAlone() throws Exception {
		CountDownLatch streaming = new CountDownLatch(4);
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<ExportResult>> running = new ArrayList<>();
		CurrentUser first = merchantWithOrders(10);
		CurrentUser second = merchantWithOrders(10);
		try {
			for (CurrentUser user : List.of(first, first, second, second)) {
				running.add(blockingExport(user, streaming, release));
			}
			assertThat(streaming.await(20, TimeUnit.SECONDS)).as("four exports streaming").isTrue();
			long started = System.nanoTime();
			CurrentUser third = merchantWithOrders(10);
			assertThatThrownBy(() -> this.orders.export(third, viewer(third), "", OrderFilter.none(), (order) -> {
			})).isInstanceOfSatisfying(ExportRefused.class,
					(refused) -> assertThat(refused.why()).isEqualTo(ExportRefused.Why.PORTAL_BUSY));
			HikariDataSource pages = this.dataSource.unwrap(HikariDataSource.class);
			assertThat(pages.getHikariPoolMXBean().getActiveConnections()).as("the pages' pool: none held by exports")
				.isZero();
			assertThat(this.jdbc.queryForObject("SELECT 1", Integer.class)).isOne();
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("refused without waiting")
				.isLessThan(2000);
		}
		finally {
			release.countDown();
		}
		for (CompletableFuture<ExportResult> export : running) {
			assertThat(export.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExportStatus.FINISHED);
		}
	}

	/**
	 * An export in a thread of its own that stops after its first order until released.
	 */
	private CompletableFuture<ExportResult> blockingExport(CurrentUser user, CountDownLatch streaming,
			CountDownLatch release) {
		return CompletableFuture.supplyAsync(() -> {
			int[] written = { 0 };
			return this.orders.export(user, viewer(user), "", OrderFilter.none(), (order) -> {
				if (++written[0] == 2) {
					streaming.countDown();
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			});
		});
	}

	private static void takeAll(HikariDataSource pool, List<Connection> held) {
		int free = pool.getMaximumPoolSize() - pool.getHikariPoolMXBean().getActiveConnections();
		try {
			for (int i = 0; i < free; i++) {
				held.add(pool.getConnection());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void release(List<Connection> held) throws SQLException {
		for (Connection connection : held) {
			connection.close();
		}
	}

	/** A RUNNING row as another portal writes it, its last heartbeat so long ago. */
	private long runningRow(CurrentUser user, int heartbeatSecondsAgo) {
		this.jdbc.update("""
				INSERT INTO order_export (merchant_id, kind, user_id, user_name, filter, status, rows_written,
				                          started_at, heartbeat_at)
				VALUES (?, 'ORDERS', ?, ?, '', 'RUNNING', 7, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,
				        UTC_TIMESTAMP(6) - INTERVAL ? SECOND)""", user.merchantId(), user.userId(), user.userName(),
				heartbeatSecondsAgo);
		return lastExport(user);
	}

	private long lastExport(CurrentUser user) {
		return this.jdbc.queryForObject("SELECT MAX(id) FROM order_export WHERE merchant_id = ?", Long.class,
				user.merchantId());
	}

	private long exportsOf(CurrentUser user) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM order_export WHERE merchant_id = ?", Long.class,
				user.merchantId());
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.queryForMap(
				"SELECT status, reason, rows_written, finished_at, heartbeat_at FROM order_export WHERE id = ?", id);
	}

	private static Viewer viewer(CurrentUser user) {
		return new Viewer(user.merchant(), null, LocalDateTime.now());
	}

	/** A merchant of the test's own with this many orders, and its main account. */
	private CurrentUser merchantWithOrders(int orders) {
		String domain = "exp-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
				+ " VALUES (?, 'Exports', 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", domain);
		long id = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		String digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
				+ " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
		this.jdbc.update("INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, currency, amount,"
				+ " customer_id, customer_name, customer_account_name, received_at, updated_at)"
				+ " SELECT ?, CONCAT(?, '-', n), 'NEW', 'COMPLETED', TIMESTAMP('2025-01-01') + INTERVAL n MINUTE, 'CNY',"
				+ " 1.00, 'c', CONCAT('Customer ', n), ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM (SELECT a.d + 10 * b.d"
				+ " + 100 * c.d AS n FROM " + digits + " a, " + digits + " b, " + digits + " c) numbers WHERE n < ?",
				id, domain, domain, orders);
		return new CurrentUser(id * 1000, "main-" + domain, "Exporter", AccountType.MAIN, id, "Exports", domain, "s",
				"sid", Set.of());
	}

}
