package io.sellercenter.audit;

import java.time.LocalDate;
import java.util.Locale;

import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.web.DateRange;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private final AuditLog audit;

	private final AuditRows rows;

	AuditController(AuditLog audit, AuditRows rows) {
		this.audit = audit;
		this.rows = rows;
	}

	@GetMapping("/audit")
	@MainAccountOnly
	String merchantLog(MerchantId merchant, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		return show(merchant, new AuditFilter(user, action, null, null), new DateRange(from, to), page, locale, model,
				new View("/audit", "audit", "audit.lead.merchant"));
	}

	/**
	 * Operators read every merchant's entries, or one merchant's (its account or name).
	 */
	@GetMapping("/operator/audit")
	String operatorLog(@RequestParam(required = false) String merchant, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		return show(null, new AuditFilter(user, action, null, null, merchant), new DateRange(from, to), page, locale,
				model, new View("/operator/audit", "operatorAudit", "audit.lead.operator"));
	}

	/**
	 * The one audit page, for a merchant or for operators: where it posts, its nav item,
	 * its lead.
	 */
	private record View(String action, String active, String lead) {
	}

	private String show(MerchantId merchant, AuditFilter asked, DateRange range, Integer page, Locale locale,
			Model model, View view) {
		AuditFilter filter = new AuditFilter(asked.user(), asked.action(), range.start(), range.end(),
				asked.merchant());
		Page<AuditEntry> entries = this.audit.search(merchant, filter, PageRequest.of(page));
		model.addAttribute("page", entries);
		model.addAttribute("rows", this.rows.of(merchant, entries.items(), locale));
		model.addAttribute("filter", filter);
		model.addAttribute("range", range);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("knownAction", filter.action() == null || AuditAction.parse(filter.action()) != null);
		model.addAttribute("operator", merchant == null);
		model.addAttribute("formAction", view.action());
		model.addAttribute("active", view.active());
		model.addAttribute("lead", view.lead());
		return "audit/auditLog";
	}

}
