package io.sellercenter.saas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 调试用例管理: the saved cases with their latest result and next dial test, a case's page with
 * its fields and runs, re-running one case or all of a product, and deleting a case. A
 * case or product the viewer may not see is not found.
 */
@Controller
@RequiresMenu(Menu.APP_TOOLS)
class CaseController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DebugService debug;

	CaseController(DebugService debug) {
		this.debug = debug;
	}

	@GetMapping("/saas/cases")
	String list(Viewer viewer, @RequestParam(required = false) String productId, Model model) {
		List<SaasProduct> products = this.debug.products(viewer);
		SaasProduct chosen = products.stream()
			.filter((p) -> Long.toString(p.id()).equals(productId))
			.findFirst()
			.orElse(null);
		model.addAttribute("products", products);
		model.addAttribute("product", chosen);
		model.addAttribute("cases", this.debug.cases(viewer, (chosen == null) ? null : chosen.id()));
		model.addAttribute("onSale",
				products.stream()
					.filter((p) -> "ON_SALE".equals(p.status()) || "DELISTING_REQUESTED".equals(p.status()))
					.map(SaasProduct::id)
					.toList());
		return "saas/cases";
	}

	@GetMapping("/saas/cases/{caseId}")
	String show(Viewer viewer, @PathVariable long caseId, Model model) {
		DebugCase c = this.debug.find(viewer, caseId).orElseThrow(NotFoundException::new);
		model.addAttribute("c", c);
		model.addAttribute("fields", fields(c.fields()));
		model.addAttribute("runs", this.debug.runs(viewer, caseId));
		model.addAttribute("product", this.debug.product(viewer, c.productId()).orElseThrow(NotFoundException::new));
		return "saas/caseDetails";
	}

	@PostMapping("/saas/cases/{caseId}/run")
	String run(Viewer viewer, @PathVariable long caseId, RedirectAttributes redirect) {
		SaasCaller.Result result = this.debug.rerun(viewer, caseId).orElseThrow(NotFoundException::new);
		redirect.addFlashAttribute("message", result.passed() ? "saas.case.ranPassed" : "saas.case.ranFailed");
		return "redirect:/saas/cases/" + caseId;
	}

	@PostMapping("/saas/cases/products/{productId}/run")
	String runProduct(Viewer viewer, @PathVariable long productId, RedirectAttributes redirect) {
		DebugService.Summary summary = this.debug.rerunProduct(viewer, productId).orElseThrow(NotFoundException::new);
		// Flash attributes live in the session: plain numbers only.
		redirect.addFlashAttribute("summaryTotal", summary.total());
		redirect.addFlashAttribute("summaryPassed", summary.passed());
		return "redirect:/saas/cases?productId=" + productId;
	}

	@PostMapping("/saas/cases/{caseId}/delete")
	String delete(Viewer viewer, Actor actor, @PathVariable long caseId, RedirectAttributes redirect) {
		try {
			if (!this.debug.delete(viewer, actor, caseId)) {
				throw new NotFoundException();
			}
		}
		catch (DebugRejected ex) {
			redirect.addFlashAttribute("caseError", ex.messageKey());
			return "redirect:/saas/cases/" + caseId;
		}
		redirect.addFlashAttribute("message", "saas.case.deleted");
		return "redirect:/saas/cases";
	}

	/** The fields of a case, to show as a table (never as JSON). */
	static Map<String, String> fields(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
			});
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

}
