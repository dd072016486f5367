package io.sellercenter.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Sends times to the database as text with their microseconds. MariaDB 10.x announces
 * itself as {@code 5.5.5-10.x}, Connector/J takes that for MySQL 5.5, which had no
 * fractional seconds, and cuts them from every time bound as a value, so every
 * {@code DATETIME(6)} column held whole seconds. As text the server reads them whole, on
 * MariaDB and MySQL alike. Times are read as they always were.
 */
public final class MicrosecondTimeHandler extends BaseTypeHandler<LocalDateTime> {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	/** The time as the database reads it, to the microsecond; null stays null. */
	public static String text(LocalDateTime time) {
		return (time != null) ? TEXT.format(time) : null;
	}

	@Override
	public void setNonNullParameter(PreparedStatement statement, int i, LocalDateTime time, JdbcType jdbcType)
			throws SQLException {
		statement.setString(i, text(time));
	}

	@Override
	public LocalDateTime getNullableResult(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	@Override
	public LocalDateTime getNullableResult(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	@Override
	public LocalDateTime getNullableResult(CallableStatement statement, int column) throws SQLException {
		return statement.getObject(column, LocalDateTime.class);
	}

}
