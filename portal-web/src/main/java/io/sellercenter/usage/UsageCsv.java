package io.sellercenter.usage;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.export.RowSink;
import io.sellercenter.web.CsvExport;

import org.springframework.context.MessageSource;

import static io.sellercenter.web.CsvExport.text;
import static io.sellercenter.web.CsvExport.time;

/**
 * Usage records as CSV, one row per record with the ledger's columns, states and reasons
 * in the reader's language; the file's rules (RFC 4180, BOM, formula protection, the
 * incomplete marker) are {@link CsvExport}'s. Every value the merchant's server sent is
 * text as it was sent, so it goes through the formula protection too.
 */
final class UsageCsv implements RowSink<ExportedUsage> {

	static final List<String> COLUMNS = List.of("id", "meteringSn", "instanceId", "product", "state", "code", "reason",
			"recordTime", "beginTime", "endTime", "usageValue", "relatePkgInstance", "receivedAt", "verdictAt",
			"cutoffAt", "billedAt", "previousId");

	private static final List<String> STATES = List.of("RECEIVED", "ACCEPTED", "REJECTED", "BILLED");

	private final HttpServletResponse response;

	private final MessageSource messages;

	private final Locale locale;

	private final LocalDateTime now;

	private final boolean bom;

	private CsvExport csv;

	private final boolean chinese;

	private final Map<String, String> states = new HashMap<>();

	private final Map<String, String> reasons = new HashMap<>();

	private final Object[] cells = new Object[COLUMNS.size()];

	UsageCsv(HttpServletResponse response, MessageSource messages, Locale locale, LocalDateTime now, boolean bom) {
		this.response = response;
		this.messages = messages;
		this.locale = locale;
		this.now = now;
		this.bom = bom;
		this.chinese = "zh".equals(locale.getLanguage());
		for (String state : STATES) {
			this.states.put(state, messages.getMessage("usage.state." + state, null, locale));
		}
		for (RejectionCode code : RejectionCode.values()) {
			this.reasons.put(code.code(), messages.getMessage("usage.code." + code.code(), null, locale));
		}
	}

	/** Starts the download once the export may run. */
	@Override
	public void start() throws IOException {
		this.csv = CsvExport.download(this.response, "usage-records", this.now, this.bom,
				CsvExport.header(this.messages, this.locale, "ledger.csv.", COLUMNS));
	}

	@Override
	public int write(ExportedUsage r) throws IOException {
		Object[] row = this.cells;
		row[0] = r.id();
		row[1] = text(r.meteringSn());
		row[2] = text(r.instanceId());
		row[3] = text(this.chinese ? r.productNameZh() : r.productNameEn());
		row[4] = this.states.getOrDefault(r.state(), r.state());
		row[5] = r.code();
		row[6] = (r.code() != null) ? this.reasons.get(r.code()) : null;
		row[7] = text(r.recordTime());
		row[8] = text(r.beginTime());
		row[9] = text(r.endTime());
		row[10] = text(r.usageValue());
		row[11] = text(r.relatePkgInstance());
		row[12] = time(r.receivedAt());
		row[13] = time(r.verdictAt());
		row[14] = time(r.cutoffAt());
		row[15] = time(r.billedAt());
		row[16] = r.previousId();
		this.csv.row(row);
		return 1;
	}

	CsvExport file() {
		return this.csv;
	}

}
