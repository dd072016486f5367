package io.sellercenter.order;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merchant of a test's own, with a main account, one image product with a monthly spec,
 * and orders written straight into the tables, so that a test knows every order its
 * merchant has.
 */
public final class OrderFixtures {

	private final JdbcTemplate jdbc;

	public final String domain;

	public final String mainUser;

	public final long merchantId;

	public final long productId;

	public final long specId;

	public OrderFixtures(JdbcTemplate jdbc, String productNameZh, String productNameEn) {
		this.jdbc = jdbc;
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.domain = "t-" + tag;
		this.mainUser = "main-" + tag;
		jdbc.update(
				"INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
						+ " VALUES (?, ?, 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
				this.domain, "Test " + tag);
		this.merchantId = jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, this.domain);
		jdbc.update(
				"INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status,"
						+ " registered_at) VALUES (?, ?, ?, 'MAIN', 'Tess Test', 'ACTIVE', UTC_TIMESTAMP(6))",
				this.merchantId, this.domain, this.mainUser);
		jdbc.update(
				"INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,"
						+ " listed_at, updated_at) VALUES (?, 'IMAGE', 'ON_SALE', 1, ?, ?, 'WEBSITE', '{}', UTC_TIMESTAMP(6),"
						+ " UTC_TIMESTAMP(6))",
				this.merchantId, productNameZh, productNameEn);
		this.productId = jdbc.queryForObject("SELECT MAX(id) FROM product WHERE merchant_id = ?", Long.class,
				this.merchantId);
		jdbc.update("INSERT INTO product_spec (merchant_id, product_id, position, name_zh, name_en, charging_mode,"
				+ " price, currency, on_sale, created_at) VALUES (?, ?, 1, '标准版', 'Standard', 'MONTHLY', 99.00, 'CNY', 1,"
				+ " UTC_TIMESTAMP(6))", this.merchantId, this.productId);
		this.specId = jdbc.queryForObject("SELECT MAX(id) FROM product_spec WHERE product_id = ?", Long.class,
				this.productId);
	}

	/** An order with one PERIOD line and one instance. */
	public String order(String orderId, String customerName, String accountName, LocalDateTime createdAt) {
		this.jdbc.update("INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, paid_at, currency,"
				+ " amount, customer_id, customer_name, customer_account_name, received_at, updated_at)"
				+ " VALUES (?, ?, 'NEW', 'COMPLETED', ?, ?, 'CNY', 99.00, 'c-1', ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
				this.merchantId, orderId, Timestamp.valueOf(createdAt), Timestamp.valueOf(createdAt.plusMinutes(1)),
				customerName, accountName);
		long orderRef = this.jdbc.queryForObject("SELECT id FROM orders WHERE order_id = ?", Long.class, orderId);
		this.jdbc.update("INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id,"
				+ " charging_mode, period_type, period_number, amount) VALUES (?, ?, ?, ?, ?, 'PERIOD', 'MONTH', 1, 99.00)",
				this.merchantId, orderRef, orderId + "-1", this.productId, this.specId);
		long lineRef = this.jdbc.queryForObject("SELECT id FROM order_line WHERE order_ref = ?", Long.class, orderRef);
		this.jdbc.update(
				"INSERT INTO order_instance (merchant_id, instance_id, order_ref, line_ref, product_id, spec_id,"
						+ " status, on_demand, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', 0, ?, ?)",
				this.merchantId, "ins-" + orderId, orderRef, lineRef, this.productId, this.specId,
				Timestamp.valueOf(createdAt), Timestamp.valueOf(createdAt));
		return orderId;
	}

	/**
	 * Many orders at once, for exports that must run a while: {@code count} orders with
	 * ids {@code prefix-n}, written by the database itself.
	 */
	public void bulk(String prefix, int count) {
		String numbers = "(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n FROM "
				+ digits("a") + " CROSS JOIN " + digits("b") + " CROSS JOIN " + digits("c") + " CROSS JOIN "
				+ digits("e") + " CROSS JOIN " + digits("f") + " CROSS JOIN " + digits("g") + ") numbers";
		this.jdbc.update("INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, currency, amount,"
				+ " customer_id, customer_name, customer_account_name, received_at, updated_at)"
				+ " SELECT ?, CONCAT(?, '-', n), 'NEW', 'COMPLETED', TIMESTAMP('2025-01-01') + INTERVAL n SECOND, 'CNY',"
				+ " 10.00, 'c-bulk', CONCAT('Bulk customer ', n), 'bulk', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)" + " FROM "
				+ numbers + " WHERE n < ?", this.merchantId, prefix, count);
		this.jdbc.update("INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id,"
				+ " charging_mode, period_type, period_number, amount)"
				+ " SELECT merchant_id, id, CONCAT(order_id, '-1'), ?, ?, 'PERIOD', 'MONTH', 1, 10.00 FROM orders"
				+ " WHERE merchant_id = ? AND order_id LIKE CONCAT(?, '-%')", this.productId, this.specId,
				this.merchantId, prefix);
	}

	private static String digits(String alias) {
		return "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
				+ " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) "
				+ alias;
	}

}
