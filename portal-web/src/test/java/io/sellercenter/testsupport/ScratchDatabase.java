package io.sellercenter.testsupport;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of one test class's own on the test server, migrated with the demo data and
 * dropped at the end: for portals in processes of their own, whose work must not mix with
 * what the other tests of this JVM left in theirs.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final Infrastructure.Database database;

	private final String name;

	private final JdbcTemplate jdbc;

	public ScratchDatabase(String suffix) {
		this.name = TestServices.DATABASE + "_" + suffix;
		this.database = Infrastructure.database(this.name, true, null);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.database.url(), this.database.username(),
				this.database.password());
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public Infrastructure.Database database() {
		return this.database;
	}

	/**
	 * Statements on a new connection each (no pool): enough for setting up and checking.
	 */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	@Override
	public void close() {
		Infrastructure.dropDatabase(this.name);
	}

}
