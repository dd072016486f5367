package io.sellercenter.order;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

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

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 导出订单: the CSV export of the list's filter, written to the response as the rows come
 * from the database (no row cap, flat memory), and the export history.
 */
@Controller
@RequiresMenu(Menu.ORDERS)
class OrderExportController {

	private final OrderExports exports;

	private final MessageSource messages;

	private final Clock clock;

	OrderExportController(OrderExports exports, MessageSource messages, Clock clock) {
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Streams the file. Started by the list's form, a POST with the CSRF token, so that
	 * no other site can start exports in a merchant's name. Refused with a page (429, or
	 * 503 when this portal is busy) while as many exports run as may. A reader that goes
	 * away, or stops reading for longer than the write timeout, stops the query (recorded
	 * as cut off). A database failure midway ends the file with an "EXPORT INCOMPLETE"
	 * line and then aborts the response: the chunked body never gets its last chunk, so
	 * browsers report the download as failed and tools like curl exit with an error.
	 */
	@PostMapping("/orders/export")
	ModelAndView export(CurrentUser user, Viewer viewer, OrderQuery query, BindingResult unparsed,
			@RequestParam(defaultValue = "true") boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		OrderCsv csv = new OrderCsv(response, this.messages, locale, LocalDateTime.now(this.clock), bom);
		ExportResult result;
		try {
			result = this.exports.export(user, viewer, query.queryString(), query.toFilter(), csv);
		}
		catch (ExportRefused refused) {
			return ExportPages.refused(refused, ExportKind.ORDERS, query.queryString(), response);
		}
		switch (result.status()) {
			case FINISHED -> csv.file().finish();
			case FAILED -> csv.file()
				.fail(result.rows(), "orders", "Order export " + result.id() + " broke off after " + result.rows()
						+ " rows: " + result.reason());
			default -> {
				// the reader has gone: nothing more to send
			}
		}
		return null;
	}

	@GetMapping("/orders/export-history")
	String history(CurrentUser user, @RequestParam(required = false) Integer page, Locale locale, Model model) {
		Page<ExportRecord> exports = this.exports.history(user, PageRequest.of(page));
		model.addAttribute("page", exports);
		model.addAttribute("filters", filterWords(locale).describe(exports.items()));
		return "orders/exportHistory";
	}

	/** The order list's filters in words. */
	private ExportFilterWords filterWords(Locale locale) {
		return new ExportFilterWords(this.messages, locale).text("orderId", "orders.col.orderId")
			.text("customer", "orders.filter.customer")
			.text("account", "orders.filter.account")
			.text("product", "orders.filter.product")
			.days("orders.exports.created")
			.choice("status", "orders.exports.status", "orders.status.")
			.choice("type", "orders.col.type", "orders.type.")
			.choice("mode", "orders.col.mode", "orders.mode.")
			.choice("sort", "orders.exports.sort", "orders.exports.sort.");
	}

}
