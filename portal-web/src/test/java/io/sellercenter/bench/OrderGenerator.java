package io.sellercenter.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N orders of one merchant, each with a line, an instance (when paid) and its
 * first history row, as batched multi-row inserts ({@code rewriteBatchedStatements}) with
 * ids chosen here, so that nothing is read back. Lines use the merchant's specs; times
 * spread over three years; customers, types, statuses and charging modes vary.
 * <p>
 * {@code java ... OrderGenerator JDBC_URL USER PASSWORD MERCHANT_DOMAIN N}
 */
public final class OrderGenerator {

	private static final int BATCH = 2000;

	private static final String[] TYPES = { "NEW", "TRIAL", "TRIAL_TO_FORMAL", "UNSUBSCRIBE", "RENEW", "CHANGE" };

	private static final String[] STATUSES = { "PENDING_PAYMENT", "PROCESSING", "CANCELLED", "COMPLETED", "COMPLETED",
			"COMPLETED" };

	private static final String[] NAMES = { "北京云帆科技有限公司", "Contoso Ltd", "上海数智信息技术有限公司", "Fabrikam, Inc.",
			"深圳星河网络科技有限公司", "Northwind Traders", "杭州青云软件有限公司", "Tailspin Toys", "广州智联数据服务有限公司", "Woodgrove Bank" };

	private OrderGenerator() {
	}

	record SpecRow(long productId, long specId, String mode, BigDecimal price) {
	}

	public static void main(String[] args) throws Exception {
		int total = Integer.parseInt(args[4]);
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			long merchant;
			try (PreparedStatement find = db.prepareStatement("SELECT id FROM merchant WHERE domain_id = ?")) {
				find.setString(1, args[3]);
				try (ResultSet rs = find.executeQuery()) {
					rs.next();
					merchant = rs.getLong(1);
				}
			}
			List<SpecRow> specs = new ArrayList<>();
			try (PreparedStatement find = db.prepareStatement("SELECT s.product_id, s.id, s.charging_mode, s.price"
					+ " FROM product_spec s JOIN product p ON p.id = s.product_id WHERE p.merchant_id = ?")) {
				find.setLong(1, merchant);
				try (ResultSet rs = find.executeQuery()) {
					while (rs.next()) {
						specs.add(new SpecRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
					}
				}
			}
			long orderId = next(db, "orders");
			long lineId = next(db, "order_line");
			try (Statement session = db.createStatement()) {
				session.execute("SET unique_checks = 0");
				session.execute("SET foreign_key_checks = 0");
			}
			db.setAutoCommit(false);
			PreparedStatement orders = db.prepareStatement("INSERT INTO orders (id, merchant_id, order_id, order_type,"
					+ " status, created_at, paid_at, currency, amount, customer_id, customer_name, customer_account_name,"
					+ " received_at, updated_at, line_summary) VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement lines = db.prepareStatement("INSERT INTO order_line (id, merchant_id, order_ref,"
					+ " order_line_id, product_id, spec_id, charging_mode, period_type, period_number, expire_at, amount)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement instances = db.prepareStatement("INSERT INTO order_instance (merchant_id, instance_id,"
					+ " order_ref, line_ref, product_id, spec_id, status, on_demand, created_at, expire_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement history = db.prepareStatement("INSERT INTO order_history (merchant_id, order_ref,"
					+ " from_status, to_status, changed_at, recorded_at) VALUES (?, ?, NULL, ?, ?, ?)");
			SplittableRandom random = new SplittableRandom(42);
			LocalDateTime start = LocalDateTime.of(2023, 1, 1, 0, 0);
			for (int n = 0; n < total; n++) {
				long id = orderId + n;
				long line = lineId + n;
				SpecRow spec = specs.get(random.nextInt(specs.size()));
				String status = STATUSES[random.nextInt(STATUSES.length)];
				LocalDateTime created = start.plusSeconds(random.nextLong(3L * 365 * 24 * 3600));
				boolean paid = status.equals("PROCESSING") || status.equals("COMPLETED");
				String mode = switch (spec.mode()) {
					case "ONE_TIME" -> "ONE_TIME";
					case "PER_USE" -> random.nextInt(3) == 0 ? "ON_DEMAND_PKG" : "ON_DEMAND";
					default -> "PERIOD";
				};
				boolean period = mode.equals("PERIOD");
				int periodNumber = 1 + random.nextInt(12);
				BigDecimal amount = ((spec.price() != null) ? spec.price() : new BigDecimal("60.00"))
					.multiply(BigDecimal.valueOf(period ? periodNumber : 1));
				int customer = random.nextInt(5000);
				String bench = "BENCH" + String.format("%09d", n);
				Timestamp createdAt = Timestamp.valueOf(created);
				Timestamp paidAt = paid ? Timestamp.valueOf(created.plusMinutes(3)) : null;
				Timestamp expires = period ? Timestamp.valueOf(created.plusMonths(periodNumber)) : null;

				orders.setLong(1, id);
				orders.setLong(2, merchant);
				orders.setString(3, bench);
				orders.setString(4, TYPES[random.nextInt(TYPES.length)]);
				orders.setString(5, status);
				orders.setTimestamp(6, createdAt);
				orders.setTimestamp(7, paidAt);
				orders.setBigDecimal(8, amount);
				orders.setString(9, "cust-" + customer);
				orders.setString(10, NAMES[customer % NAMES.length] + " " + customer);
				orders.setString(11, "account" + customer);
				orders.setTimestamp(12, createdAt);
				orders.setTimestamp(13, createdAt);
				// As the platform API's intake writes it
				// (io.sellercenter.order.LineSummary).
				orders.setString(14,
						spec.productId() + "," + spec.specId() + "," + mode + ","
								+ amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ","
								+ (paid ? "ins-" + bench : ""));
				orders.addBatch();

				lines.setLong(1, line);
				lines.setLong(2, merchant);
				lines.setLong(3, id);
				lines.setString(4, bench + "-1");
				lines.setLong(5, spec.productId());
				lines.setLong(6, spec.specId());
				lines.setString(7, mode);
				lines.setString(8, period ? (spec.mode().equals("YEARLY") ? "YEAR" : "MONTH") : null);
				lines.setObject(9, period ? periodNumber : null);
				lines.setTimestamp(10, expires);
				lines.setBigDecimal(11, amount);
				lines.addBatch();

				if (paid) {
					instances.setLong(1, merchant);
					instances.setString(2, "ins-" + bench);
					instances.setLong(3, id);
					instances.setLong(4, line);
					instances.setLong(5, spec.productId());
					instances.setLong(6, spec.specId());
					instances.setString(7, random.nextInt(20) == 0 ? "FROZEN" : "NORMAL");
					instances.setBoolean(8, mode.startsWith("ON_DEMAND"));
					instances.setTimestamp(9, paidAt);
					instances.setTimestamp(10, expires);
					instances.setTimestamp(11, paidAt);
					instances.addBatch();
				}
				history.setLong(1, merchant);
				history.setLong(2, id);
				history.setString(3, status);
				history.setTimestamp(4, createdAt);
				history.setTimestamp(5, createdAt);
				history.addBatch();

				if ((n + 1) % BATCH == 0 || n + 1 == total) {
					orders.executeBatch();
					lines.executeBatch();
					instances.executeBatch();
					history.executeBatch();
					db.commit();
					if ((n + 1) % 100_000 == 0) {
						System.out.printf("  %,d orders written%n", n + 1);
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Generated %,d orders in %.1f s (%,.0f orders/s)%n", total, seconds, total / seconds);
	}

	private static long next(Connection db, String table) throws Exception {
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
