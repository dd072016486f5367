package io.sellercenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N tickets of one merchant (issue 14), each with its OPENED entry and the
 * participant rows of who handled it, as batched multi-row inserts
 * ({@code rewriteBatchedStatements}) with ids chosen here, as {@link OrderGenerator}
 * does.
 * <p>
 * Tickets spread over the last two years and over the merchant's products. A product with
 * a primary handler (a sub-user's SERVE grant marked primary: acme-support for the Retail
 * Footfall Dataset) routes its tickets to that sub-user, who keeps most of them and
 * transfers some to the main account; the others go to the main account, which hands some
 * on to a sub-user with a grant on the product (acme-ops for WordPress). Tickets of the
 * last three weeks are in every status; older ones have mostly ended (completed or
 * cancelled), with a few still open. Open tickets whose answer is owed have a due time,
 * past for about a third of them (overdue); paused ones keep the minutes left.
 * <p>
 * {@code java ... TicketGenerator JDBC_URL USER PASSWORD MERCHANT_DOMAIN N}
 */
public final class TicketGenerator {

	private static final int BATCH = 2000;

	private static final String[] NAMES = { "北京云帆科技有限公司", "Contoso Ltd", "上海数智信息技术有限公司", "Fabrikam, Inc.",
			"深圳星河网络科技有限公司", "Northwind Traders", "杭州青云软件有限公司", "Tailspin Toys", "广州智联数据服务有限公司", "Woodgrove Bank" };

	private static final String[] TITLES = { "无法登录控制台", "Instance does not start after resize", "数据文件缺少部分日期",
			"Invoice for last month", "如何配置 HTTPS 证书", "API returns 502 under load", "续费后到期时间未更新",
			"Question about the data dictionary", "下载链接已过期", "Request for a product demo" };

	private static final String[] CATEGORIES = { "PRODUCT_USE", "FAULT", "BILLING", "CONSULTING", "OTHER" };

	/** Recent tickets: statuses by weight (0, 1, 2, 3, 4, 5, 17). */
	private static final int[] RECENT = { 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 4, 5, 17 };

	private TicketGenerator() {
	}

	record Product(long id, Long primaryHandler, List<Long> helpers) {
	}

	public static void main(String[] args) throws Exception {
		int total = Integer.parseInt(args[4]);
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			long merchant = single(db, "SELECT id FROM merchant WHERE domain_id = ?", args[3]);
			long main = single(db, "SELECT MIN(id) FROM portal_user WHERE merchant_id = ? AND account_type = 'MAIN'",
					merchant);
			List<Product> products = new ArrayList<>();
			try (PreparedStatement find = db.prepareStatement("SELECT p.id,"
					+ " (SELECT MIN(g.user_id) FROM product_grant g WHERE g.product_id = p.id AND g.role = 'SERVE'"
					+ "   AND g.primary_marker = 1),"
					+ " (SELECT GROUP_CONCAT(g.user_id) FROM product_grant g WHERE g.product_id = p.id"
					+ "   AND g.role IN ('SERVE', 'MANAGE'))"
					+ " FROM product p WHERE p.merchant_id = ? AND p.status = 'ON_SALE' ORDER BY p.id")) {
				find.setLong(1, merchant);
				try (ResultSet rs = find.executeQuery()) {
					while (rs.next()) {
						long primary = rs.getLong(2);
						boolean hasPrimary = !rs.wasNull();
						List<Long> helpers = new ArrayList<>();
						if (rs.getString(3) != null) {
							for (String id : rs.getString(3).split(",")) {
								helpers.add(Long.parseLong(id));
							}
						}
						products.add(new Product(rs.getLong(1), hasPrimary ? primary : null, helpers));
					}
				}
			}
			long ticketId = next(db, "ticket");
			try (Statement session = db.createStatement()) {
				session.execute("SET unique_checks = 0");
				session.execute("SET foreign_key_checks = 0");
			}
			db.setAutoCommit(false);
			PreparedStatement tickets = db
				.prepareStatement("INSERT INTO ticket (id, merchant_id, ticket_id, product_id,"
						+ " customer_id, customer_name, customer_account_name, title, category, status, handler_user_id,"
						+ " pending_marker, routed_to, routed_user_id, refused_at, created_at, received_at, accepted_at,"
						+ " first_response_at, owed_since, due_at, paused_minutes_left, overdue_notified, ended_at, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement entries = db.prepareStatement("INSERT INTO ticket_entry (merchant_id, ticket_ref, kind,"
					+ " actor_name, text, detail, to_user_id, created_at) VALUES (?, ?, 'OPENED', ?, ?, ?, ?, ?)");
			PreparedStatement participants = db.prepareStatement("INSERT INTO ticket_participant (merchant_id, user_id,"
					+ " ticket_ref, ticket_created_at) VALUES (?, ?, ?, ?)");
			SplittableRandom random = new SplittableRandom(14);
			LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
			long span = 2L * 365 * 24 * 3600;
			for (int n = 0; n < total; n++) {
				long id = ticketId + n;
				Product product = products.get(random.nextInt(products.size()));
				LocalDateTime created = now.minusSeconds(1 + random.nextLong(span));
				boolean recent = created.isAfter(now.minusDays(21));
				int status;
				if (recent) {
					status = RECENT[random.nextInt(RECENT.length)];
				}
				else {
					int r = random.nextInt(100);
					status = (r < 80) ? 3 : (r < 95) ? 4 : RECENT[random.nextInt(RECENT.length)];
				}
				boolean primary = product.primaryHandler() != null;
				long routed = primary ? product.primaryHandler() : main;
				long handler = routed;
				Long other = null; // a second user who handled it (transferred)
				if (status != 0 && random.nextInt(5) == 0) {
					if (primary) {
						handler = main;
						other = routed;
					}
					else if (!product.helpers().isEmpty()) {
						handler = product.helpers().get(random.nextInt(product.helpers().size()));
						other = main;
					}
				}
				boolean refused = status == 2 && random.nextInt(4) == 0;
				boolean pending = status == 0 || status == 1 || refused;
				boolean ended = status == 3 || status == 4;
				boolean accepted = status != 0 && !(status == 4 && random.nextBoolean());
				LocalDateTime acceptedAt = accepted ? created.plusMinutes(5 + random.nextInt(600)) : null;
				if (acceptedAt != null && acceptedAt.isAfter(now)) {
					acceptedAt = now;
				}
				LocalDateTime owed = null;
				LocalDateTime due = null;
				Integer pausedLeft = null;
				LocalDateTime refusedAt = null;
				if (pending && (status == 0 || random.nextInt(3) > 0)) {
					// Owed since it arrived (pending acceptance) or since the customer
					// wrote.
					owed = (status == 0) ? created : between(random, acceptedAt, now);
					if (refused) {
						refusedAt = owed;
					}
					// Due a working day after; a third of those are overdue.
					due = random.nextInt(3) == 0 ? owed.plusHours(8) : now.plusMinutes(30 + random.nextInt(480));
					if (due.isBefore(owed)) {
						due = owed.plusMinutes(1);
					}
				}
				else if (refused) {
					refusedAt = between(random, acceptedAt, now);
					owed = refusedAt;
					due = now.plusMinutes(60 + random.nextInt(480));
				}
				if (status == 5 || status == 17) {
					owed = random.nextBoolean() ? between(random, acceptedAt, now) : null;
					pausedLeft = (owed != null) ? 30 + random.nextInt(450) : null;
				}
				LocalDateTime endedAt = ended ? between(random, (acceptedAt != null) ? acceptedAt : created, now)
						: null;
				LocalDateTime updated = (endedAt != null) ? endedAt
						: (owed != null) ? owed : (acceptedAt != null) ? acceptedAt : created;
				int customer = random.nextInt(5000);
				String bench = "BENCH-TK-" + String.format("%09d", n);

				tickets.setLong(1, id);
				tickets.setLong(2, merchant);
				tickets.setString(3, bench);
				tickets.setLong(4, product.id());
				tickets.setString(5, "cust-" + customer);
				tickets.setString(6, NAMES[customer % NAMES.length] + " " + customer);
				tickets.setString(7, "account" + customer);
				tickets.setString(8, TITLES[random.nextInt(TITLES.length)]);
				tickets.setString(9, CATEGORIES[random.nextInt(CATEGORIES.length)]);
				tickets.setInt(10, status);
				tickets.setLong(11, handler);
				tickets.setBoolean(12, pending);
				tickets.setString(13, primary ? "PRIMARY_HANDLER" : "MAIN_ACCOUNT");
				tickets.setLong(14, routed);
				tickets.setTimestamp(15, ts(refusedAt));
				tickets.setTimestamp(16, ts(created));
				tickets.setTimestamp(17, ts(created));
				tickets.setTimestamp(18, ts(acceptedAt));
				tickets.setTimestamp(19, ts(acceptedAt));
				tickets.setTimestamp(20, ts(owed));
				tickets.setTimestamp(21, ts(due));
				tickets.setObject(22, pausedLeft);
				tickets.setBoolean(23, due != null && due.isBefore(now));
				tickets.setTimestamp(24, ts(endedAt));
				tickets.setTimestamp(25, ts(updated));
				tickets.addBatch();

				entries.setLong(1, merchant);
				entries.setLong(2, id);
				entries.setString(3, NAMES[customer % NAMES.length] + " " + customer);
				entries.setString(4, "Generated ticket " + bench + " for the benchmark.");
				entries.setString(5, primary ? "PRIMARY_HANDLER" : "MAIN_ACCOUNT");
				entries.setLong(6, routed);
				entries.setTimestamp(7, ts(created));
				entries.addBatch();

				if (accepted) {
					participant(participants, merchant, handler, id, created);
					if (other != null) {
						participant(participants, merchant, other, id, created);
					}
				}

				if ((n + 1) % BATCH == 0 || n + 1 == total) {
					tickets.executeBatch();
					entries.executeBatch();
					participants.executeBatch();
					db.commit();
					if ((n + 1) % 50_000 == 0) {
						System.out.printf("  %,d tickets written%n", n + 1);
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Generated %,d tickets in %.1f s (%,.0f tickets/s)%n", total, seconds, total / seconds);
	}

	private static void participant(PreparedStatement participants, long merchant, long user, long ticket,
			LocalDateTime created) throws Exception {
		participants.setLong(1, merchant);
		participants.setLong(2, user);
		participants.setLong(3, ticket);
		participants.setTimestamp(4, ts(created));
		participants.addBatch();
	}

	private static LocalDateTime between(SplittableRandom random, LocalDateTime from, LocalDateTime to) {
		long seconds = java.time.Duration.between(from, to).getSeconds();
		return (seconds <= 0) ? to : from.plusSeconds(random.nextLong(seconds));
	}

	private static Timestamp ts(LocalDateTime time) {
		return (time != null) ? Timestamp.valueOf(time) : null;
	}

	private static long single(Connection db, String sql, Object parameter) throws Exception {
		try (PreparedStatement find = db.prepareStatement(sql)) {
			find.setObject(1, parameter);
			try (ResultSet rs = find.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static long next(Connection db, String table) throws Exception {
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
