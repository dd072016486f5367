package io.sellercenter.usage;

import io.sellercenter.export.ExportKind;
import io.sellercenter.export.ExportRecord;
import io.sellercenter.export.ExportResult;
import io.sellercenter.export.Exports;
import io.sellercenter.export.RowSink;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;

/**
 * 话单导出: every record of a ledger filter, newest first, from a database cursor through the
 * shared export mechanics ({@link Exports}: no row cap, flat memory, the query stopped
 * when the reader goes away, the export history).
 */
@Service
public class UsageExports {

	private final Exports exports;

	UsageExports(Exports exports) {
		this.exports = exports;
	}

	/**
	 * Writes every record of the filter that the viewer may see (a sub-user: of granted
	 * products only) and records the export under {@code user}.
	 * @param filterText the filter as the user gave it (the ledger's query string), for
	 * the history
	 * @throws io.sellercenter.export.ExportRefused when as many exports run as may; the
	 * sink was not started
	 */
	public ExportResult export(CurrentUser user, Viewer viewer, String filterText, UsageFilter filter,
			RowSink<ExportedUsage> sink) {
		return this.exports.run(user, ExportKind.USAGE, filterText,
				(session) -> session.mapper(LedgerMapper.class).export(viewer, filter), sink);
	}

	/** The merchant's exports of usage records; a sub-user's own for a sub-user. */
	public Page<ExportRecord> history(CurrentUser user, PageRequest page) {
		return this.exports.history(user, ExportKind.USAGE, page);
	}

}
