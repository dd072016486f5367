package io.sellercenter.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.MainAccountOnly;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	@MainAccountOnly
	String merchantLog(MerchantId merchant, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		return show(merchant, user, action, from, to, page, model, new View("/audit", "audit", "audit.lead.merchant"));
	}

	@GetMapping("/operator/audit")
	String operatorLog(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		return show(null, user, action, from, to, page, model,
				new View("/operator/audit", "operatorAudit", "audit.lead.operator"));
	}

	/**
	 * The one audit page, for a merchant or for operators: where it posts, its nav item,
	 * its lead.
	 */
	private record View(String action, String active, String lead) {
	}

	private String show(MerchantId merchant, String user, String action, LocalDate from, LocalDate to, Integer page,
			Model model, View view) {
		// Dates are whole UTC days; "to" includes its day.
		LocalDateTime start = (from != null) ? from.atStartOfDay() : null;
		LocalDateTime end = (to != null) ? to.plusDays(1).atStartOfDay() : null;
		AuditFilter filter = new AuditFilter(user, action, start, end);
		model.addAttribute("page", this.audit.search(merchant, filter, PageRequest.of(page)));
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("formAction", view.action());
		model.addAttribute("active", view.active());
		model.addAttribute("lead", view.lead());
		return "audit/auditLog";
	}

}
