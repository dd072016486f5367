package io.sellercenter.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The connections exports stream on, apart from the pool the pages and the usage push
 * use: a streamed export holds its connection for as long as the download lasts, so
 * exports get a small pool of their own (the main pool's settings, its own name and
 * size), and this instance runs at most as many exports as it has connections. A slot is
 * taken without waiting: when none is free the export is refused, never queued.
 */
@Component
class ExportPool implements DisposableBean {

	private final HikariDataSource connections;

	private final Semaphore slots;

	private final int size;

	ExportPool(DataSource dataSource, @Value("${portal.exports.max-running:4}") int maxRunning) throws SQLException {
		this.size = Math.max(1, maxRunning);
		this.slots = new Semaphore(this.size);
		HikariConfig main = dataSource.unwrap(HikariDataSource.class);
		// Created without a connection: the pool fills on the first export, so the
		// portal starts as it did.
		this.connections = new HikariDataSource();
		main.copyStateTo(this.connections);
		this.connections.setPoolName("exports");
		this.connections.setMaximumPoolSize(this.size);
		this.connections.setMinimumIdle(0);
		this.connections.setReadOnly(true);
	}

	/** Takes a slot if one is free; false when this instance runs all it may. */
	boolean tryAcquire() {
		return this.slots.tryAcquire();
	}

	void release() {
		this.slots.release();
	}

	/** How many exports this instance runs at once at most. */
	int size() {
		return this.size;
	}

	/** A connection of the export pool, for the holder of a slot. */
	Connection connection() throws SQLException {
		return this.connections.getConnection();
	}

	@Override
	public void destroy() {
		this.connections.close();
	}

}
