package io.sellercenter.order;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.order.OrderExports.ExportResult;
import io.sellercenter.product.ProductAccess;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 导出订单: the CSV export of the list's filter, written to the response as the rows come
 * from the database (no row cap, flat memory), and the export history.
 */
@Controller
@RequiresMenu(Menu.ORDERS)
class OrderExportController {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final OrderExports exports;

	private final ProductAccess access;

	private final MessageSource messages;

	private final Clock clock;

	OrderExportController(OrderExports exports, ProductAccess access, MessageSource messages, Clock clock) {
		this.exports = exports;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Streams the file. A reader that goes away stops the query (recorded as cut off). A
	 * database failure midway ends the file with an "EXPORT INCOMPLETE" line and then
	 * aborts the response: the chunked body never gets its last chunk, so browsers report
	 * the download as failed and tools like curl exit with an error.
	 */
	@GetMapping("/orders/export")
	void export(CurrentUser user, OrderQuery query, BindingResult unparsed,
			@RequestParam(defaultValue = "true") boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("orders-" + FILE_TIME.format(LocalDateTime.now(this.clock)) + ".csv", StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		OrderCsv csv = new OrderCsv(response.getOutputStream(), this.messages, locale, bom);
		ExportResult result = this.exports.export(user, this.access.viewer(user), query.queryString(), query.toFilter(),
				csv);
		switch (result.status()) {
			case FINISHED -> csv.finish();
			case FAILED -> {
				csv.incomplete(result.rows());
				throw new ExportBroken(result);
			}
			default -> {
				// the reader has gone: nothing more to send
			}
		}
	}

	@GetMapping("/orders/export-history")
	String history(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		Page<ExportRecord> history = this.exports.history(user, PageRequest.of(page, 20));
		Map<Long, String> filters = new HashMap<>();
		for (ExportRecord record : history.items()) {
			filters.put(record.id(),
					URLDecoder.decode(record.filter(), StandardCharsets.UTF_8).replace("&", " · ").replace("=", ": "));
		}
		model.addAttribute("page", history);
		model.addAttribute("filters", filters);
		return "orders/exportHistory";
	}

	/**
	 * Thrown after part of the file was sent, so that the server closes the connection
	 * without ending the chunked body.
	 */
	static final class ExportBroken extends RuntimeException {

		ExportBroken(ExportResult result) {
			super("Order export " + result.id() + " broke off after " + result.rows() + " rows: " + result.error());
		}

	}

}
