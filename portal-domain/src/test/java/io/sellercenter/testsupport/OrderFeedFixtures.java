package io.sellercenter.testsupport;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders and instances of the demo merchants written straight into the order feed's
 * tables, so usage validation can be tested against every kind of instance.
 */
public final class OrderFeedFixtures {

	private final JdbcTemplate jdbc;

	public OrderFeedFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long merchant(String domain) {
		return this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
	}

	/**
	 * An instance of a product's first spec with this charging mode, created
	 * {@code daysAgo}.
	 */
	public void instance(String instanceId, String domain, String productNameEn, String chargingMode, String status,
			String customer, int daysAgo) {
		long merchant = merchant(domain);
		long product = this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ? AND name_en = ?",
				Long.class, merchant, productNameEn);
		long spec = this.jdbc.queryForObject("SELECT MIN(id) FROM product_spec WHERE product_id = ?", Long.class,
				product);
		LocalDateTime created = LocalDateTime.now().minusDays(daysAgo);
		this.jdbc.update("""
				INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, paid_at, currency, amount,
				                    customer_id, customer_name, customer_account_name, received_at, updated_at)
				VALUES (?, ?, 'NEW', 'COMPLETED', ?, ?, 'CNY', 0, ?, ?, ?, ?, ?)""", merchant, "o-" + instanceId,
				created, created, customer, "Customer " + customer, customer, created, created);
		long order = this.jdbc.queryForObject("SELECT id FROM orders WHERE order_id = ?", Long.class,
				"o-" + instanceId);
		this.jdbc.update(
				"""
						INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id, charging_mode, amount)
						VALUES (?, ?, ?, ?, ?, ?, 0)""",
				merchant, order, "l-" + instanceId, product, spec, chargingMode);
		long line = this.jdbc.queryForObject("SELECT id FROM order_line WHERE order_line_id = ?", Long.class,
				"l-" + instanceId);
		boolean onDemand = chargingMode.startsWith("ON_DEMAND");
		this.jdbc.update("""
				INSERT INTO order_instance (merchant_id, instance_id, order_ref, line_ref, product_id, spec_id, status,
				                            on_demand, created_at, released_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", merchant, instanceId, order, line, product, spec, status,
				onDemand, created, "RELEASED".equals(status) ? LocalDateTime.now().minusDays(1) : null, created);
	}

}
