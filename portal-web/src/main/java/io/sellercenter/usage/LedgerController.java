package io.sellercenter.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 交易管理 > 话单管理: the ledger of pushed usage records and each record's story. */
@Controller
@RequiresMenu(Menu.USAGE)
class LedgerController {

	static final int PAGE = 50;

	private final UsageLedger ledger;

	private final Clock clock;

	LedgerController(UsageLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping("/usage")
	String ledger(Viewer viewer, UsageQuery query, BindingResult unparsed, @RequestParam(required = false) Long before,
			Model model) {
		UsageFilter filter = query.toFilter();
		LocalDate from = query.from();
		LocalDate to = query.to();
		List<UsageEntry> records = this.ledger.page(viewer, filter, before, PAGE + 1);
		boolean more = records.size() > PAGE;
		model.addAttribute("records", more ? records.subList(0, PAGE) : records);
		model.addAttribute("next", more ? records.get(PAGE - 1).id() : null);
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("range", query.range());
		model.addAttribute("filterQuery", query.queryString());
		model.addAttribute("filterParams", query.params());
		model.addAttribute("codes", RejectionCode.values());
		model.addAttribute("products", this.ledger.products(viewer));
		// The summary covers the chosen days, or the last seven.
		LocalDateTime summaryFrom = (from != null) ? from.atStartOfDay()
				: LocalDateTime.now(ZoneOffset.UTC).toLocalDate().minusDays(6).atStartOfDay();
		LocalDateTime summaryTo = (to != null) ? to.plusDays(1).atStartOfDay()
				: LocalDateTime.now(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay();
		model.addAttribute("summary", this.ledger.summary(viewer, summaryFrom, summaryTo));
		model.addAttribute("summaryFrom", summaryFrom.toLocalDate());
		model.addAttribute("summaryTo", summaryTo.toLocalDate().minusDays(1));
		return "usage/ledger";
	}

	@GetMapping("/usage/records/{recordId}")
	String record(Viewer viewer, @PathVariable long recordId, Model model) {
		UsageEntry entry = this.ledger.find(viewer, recordId).orElseThrow(NotFoundException::new);
		model.addAttribute("r", entry);
		model.addAttribute("request", this.ledger.request(viewer, entry.requestId()).orElse(null));
		List<UsageEntry> reReports = this.ledger.reReports(viewer, recordId);
		model.addAttribute("reReports", reReports);
		model.addAttribute("clash", this.ledger.clash(viewer, entry).orElse(null));
		// A re-report taken already fixed the record: no deadline to meet any more.
		boolean fixed = reReports.stream()
			.anyMatch((x) -> !"REJECTED".equals(x.state()) && !"RECEIVED".equals(x.state()));
		LocalDateTime deadline = fixed ? null : this.ledger.reReportDeadline(viewer, entry).orElse(null);
		model.addAttribute("deadline", deadline);
		model.addAttribute("deadlinePassed", deadline != null && !deadline.isAfter(LocalDateTime.now(this.clock)));
		return "usage/recordDetails";
	}

}
