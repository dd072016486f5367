package io.sellercenter.export;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of a refused export: 429 when the merchant already runs as many exports as it
 * may (its own exports hold the places: wait for one to end), 503 with Retry-After when
 * this portal does (nothing the merchant did; try again shortly). It links to the export
 * history, where the running exports are, and back to the filtered list.
 */
public final class ExportPages {

	private ExportPages() {
	}

	public static ModelAndView refused(ExportRefused refused, ExportKind kind, String filterText,
			HttpServletResponse response) {
		boolean busy = refused.why() == ExportRefused.Why.PORTAL_BUSY;
		String list = (kind == ExportKind.USAGE) ? "/usage" : "/orders";
		ModelAndView page = new ModelAndView("exports/refused");
		page.setStatus(busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS);
		if (busy) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		page.addObject("why", refused.why());
		page.addObject("limit", refused.limit());
		page.addObject("active", (kind == ExportKind.USAGE) ? "usageExports" : "orderExports");
		page.addObject("historyPath", list + "/export-history");
		page.addObject("listPath", list);
		page.addObject("filterQuery", (filterText != null) ? filterText : "");
		return page;
	}

}
