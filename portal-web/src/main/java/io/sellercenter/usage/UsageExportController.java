package io.sellercenter.usage;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.export.ExportFilterWords;
import io.sellercenter.export.ExportKind;
import io.sellercenter.export.ExportPages;
import io.sellercenter.export.ExportRecord;
import io.sellercenter.export.ExportRefused;
import io.sellercenter.export.ExportResult;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.LocalizedNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 话单导出: the CSV export of the ledger's filter, written to the response as the rows come
 * from the database (no row cap, flat memory), and its export history; the same rules and
 * mechanics as the order export.
 */
@Controller
@RequiresMenu(Menu.USAGE)
class UsageExportController {

	private final UsageExports exports;

	private final UsageLedger ledger;

	private final MessageSource messages;

	private final LocalizedNames names;

	private final Clock clock;

	UsageExportController(UsageExports exports, UsageLedger ledger, MessageSource messages, LocalizedNames names,
			Clock clock) {
		this.exports = exports;
		this.ledger = ledger;
		this.messages = messages;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * Streams the file. Started by the ledger's form (a POST with the CSRF token) and
	 * limited like the order export. A reader that goes away, or stops reading for longer
	 * than the write timeout, stops the query (recorded as cut off). A database failure
	 * midway ends the file with an "EXPORT INCOMPLETE" line and aborts the response, so
	 * the download cannot pass for complete.
	 */
	@PostMapping("/usage/export")
	ModelAndView export(CurrentUser user, Viewer viewer, UsageQuery query, BindingResult unparsed,
			@RequestParam(defaultValue = "true") boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		UsageCsv csv = new UsageCsv(response, this.messages, locale, LocalDateTime.now(this.clock), bom);
		ExportResult result;
		try {
			result = this.exports.export(user, viewer, query.queryString(), query.toFilter(), csv);
		}
		catch (ExportRefused refused) {
			return ExportPages.refused(refused, ExportKind.USAGE, query.queryString(), response);
		}
		switch (result.status()) {
			case FINISHED -> csv.file().finish();
			case FAILED -> csv.file()
				.fail(result.rows(), "records", "Usage export " + result.id() + " broke off after " + result.rows()
						+ " rows: " + result.reason());
			default -> {
				// the reader has gone: nothing more to send
			}
		}
		return null;
	}

	@GetMapping("/usage/export-history")
	String history(CurrentUser user, Viewer viewer, @RequestParam(required = false) Integer page, Locale locale,
			Model model) {
		Page<ExportRecord> exports = this.exports.history(user, PageRequest.of(page));
		model.addAttribute("page", exports);
		model.addAttribute("filters", filterWords(viewer, locale).describe(exports.items()));
		return "usage/exportHistory";
	}

	/**
	 * The ledger's filters in words; a product by its name when the viewer still sees it
	 * (one look-up of their products for the page), else by its id.
	 */
	private ExportFilterWords filterWords(Viewer viewer, Locale locale) {
		Map<String, String> products = this.ledger.products(viewer)
			.stream()
			.collect(Collectors.toMap((p) -> Long.toString(p.id()), (p) -> this.names.of(p.nameZh(), p.nameEn())));
		Function<String, String> code = (value) -> {
			String reason = this.messages.getMessage("usage.code." + value, null, null, locale);
			return (reason != null) ? value + " " + reason : value;
		};
		return new ExportFilterWords(this.messages, locale).choice("state", "ledger.col.state", "usage.state.")
			.worded("code", "ledger.col.code", code)
			.text("instance", "ledger.col.instance")
			.worded("product", "field.product", (id) -> products.getOrDefault(id, id))
			.text("sn", "ledger.col.sn")
			.days("ledger.exports.received");
	}

}
