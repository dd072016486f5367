package io.sellercenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-demand instances the usage benchmark pushes records for: N completed orders of
 * one merchant, each with an ON_DEMAND line of one of its per-use specs and a NORMAL
 * instance {@code ins-ub-000001...} created 30 days ago, written as batched multi-row
 * inserts. Instances already there are kept, so a second run adds nothing.
 * <p>
 * {@code java ... UsageInstances JDBC_URL USER PASSWORD MERCHANT_DOMAIN N}
 */
public final class UsageInstances {

	private static final int BATCH = 2000;

	private UsageInstances() {
	}

	public static void main(String[] args) throws Exception {
		int total = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			long merchant = single(db, "SELECT id FROM merchant WHERE domain_id = ?", args[3]);
			long have = single(db, "SELECT COUNT(*) FROM order_instance WHERE merchant_id = ? AND instance_id LIKE ?",
					merchant, "ins-ub-%");
			if (have >= total) {
				System.out.printf("   %,d on-demand instances already there%n", have);
				return;
			}
			List<long[]> specs = new ArrayList<>();
			try (PreparedStatement find = db.prepareStatement(
					"SELECT s.product_id, s.id FROM product_spec s" + " JOIN product p ON p.id = s.product_id"
							+ " WHERE p.merchant_id = ? AND p.status = 'ON_SALE' AND s.charging_mode = 'PER_USE'")) {
				find.setLong(1, merchant);
				try (ResultSet rs = find.executeQuery()) {
					while (rs.next()) {
						specs.add(new long[] { rs.getLong(1), rs.getLong(2) });
					}
				}
			}
			if (specs.isEmpty()) {
				throw new IllegalStateException("the merchant has no per-use spec on sale");
			}
			write(db, merchant, specs, (int) have, total);
		}
		System.out.printf("   %,d on-demand instances written%n", total);
	}

	private static void write(Connection db, long merchant, List<long[]> specs, int from, int total) throws Exception {
		long orderId = single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM orders");
		long lineId = single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM order_line");
		Timestamp created = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(30));
		db.setAutoCommit(false);
		try (PreparedStatement orders = db.prepareStatement("INSERT INTO orders (id, merchant_id, order_id,"
				+ " order_type, status, created_at, paid_at, currency, amount, customer_id, customer_name,"
				+ " customer_account_name, received_at, updated_at)"
				+ " VALUES (?, ?, ?, 'NEW', 'COMPLETED', ?, ?, 'CNY', 0, ?, ?, ?, ?, ?)");
				PreparedStatement lines = db.prepareStatement("INSERT INTO order_line (id, merchant_id, order_ref,"
						+ " order_line_id, product_id, spec_id, charging_mode, amount)"
						+ " VALUES (?, ?, ?, ?, ?, ?, 'ON_DEMAND', 0)");
				PreparedStatement instances = db.prepareStatement("INSERT INTO order_instance (merchant_id,"
						+ " instance_id, order_ref, line_ref, product_id, spec_id, status, on_demand, created_at,"
						+ " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', TRUE, ?, ?)")) {
			for (int n = from; n < total; n++) {
				long order = orderId + n - from;
				long line = lineId + n - from;
				long[] spec = specs.get(n % specs.size());
				String name = String.format("UB%06d", n + 1);
				String customer = "ub-cust-" + (n % 500);
				orders.setLong(1, order);
				orders.setLong(2, merchant);
				orders.setString(3, name);
				orders.setTimestamp(4, created);
				orders.setTimestamp(5, created);
				orders.setString(6, customer);
				orders.setString(7, "Usage bench customer " + (n % 500));
				orders.setString(8, customer);
				orders.setTimestamp(9, created);
				orders.setTimestamp(10, created);
				orders.addBatch();
				lines.setLong(1, line);
				lines.setLong(2, merchant);
				lines.setLong(3, order);
				lines.setString(4, name + "-1");
				lines.setLong(5, spec[0]);
				lines.setLong(6, spec[1]);
				lines.addBatch();
				instances.setLong(1, merchant);
				instances.setString(2, String.format("ins-ub-%06d", n + 1));
				instances.setLong(3, order);
				instances.setLong(4, line);
				instances.setLong(5, spec[0]);
				instances.setLong(6, spec[1]);
				instances.setTimestamp(7, created);
				instances.setTimestamp(8, created);
				instances.addBatch();
				if ((n + 1) % BATCH == 0 || n + 1 == total) {
					orders.executeBatch();
					lines.executeBatch();
					instances.executeBatch();
					db.commit();
				}
			}
		}
	}

	private static long single(Connection db, String sql, Object... params) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
