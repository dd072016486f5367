package io.sellercenter.operator;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.merchant.Merchant;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.merchant.ProfileDetails;
import io.sellercenter.merchant.ProfileService;
import io.sellercenter.order.OrderFilter;
import io.sellercenter.order.OrderService;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.Viewer;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.usage.CodeCount;
import io.sellercenter.usage.UsageLedger;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.Requests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A merchant as operators read it: the profile, then the first products, the newest
 * orders, the usage of the last days and the latest review requests, each a few rows with
 * the total beside them (the order count stops where the order list's does).
 */
@Controller
class OperatorMerchantController {

	/** Rows of each list on the page. */
	static final int ROWS = 10;

	/** The days the usage figures cover, up to now. */
	static final int USAGE_DAYS = 30;

	private final MerchantService merchants;

	private final ProfileService profiles;

	private final ProductService products;

	private final OrderService orders;

	private final UsageLedger usage;

	private final ReviewService reviews;

	private final AuditLog audit;

	OperatorMerchantController(MerchantService merchants, ProfileService profiles, ProductService products,
			OrderService orders, UsageLedger usage, ReviewService reviews, AuditLog audit) {
		this.merchants = merchants;
		this.profiles = profiles;
		this.products = products;
		this.orders = orders;
		this.usage = usage;
		this.reviews = reviews;
		this.audit = audit;
	}

	/** Each view is in the audit log of the merchant viewed. */
	@GetMapping("/operator/merchants/{merchantId}")
	String show(CurrentUser operator, @PathVariable long merchantId, HttpServletRequest request, Model model) {
		if (merchantId <= 0) {
			throw new NotFoundException();
		}
		MerchantId id = new MerchantId(merchantId);
		Merchant merchant = this.merchants.find(id).orElseThrow(NotFoundException::new);
		this.audit.record(new Actor(operator.userId(), operator.userName(), id, Requests.clientIp(request)),
				AuditAction.OPERATOR_PROFILE_VIEWED, AuditTarget.MERCHANT, String.valueOf(merchantId));
		LocalDateTime now = this.reviews.now();
		Viewer whole = Viewer.wholeMerchant(id, now);
		model.addAttribute("overview", this.profiles.overview(id));
		model.addAttribute("fields", ProfileDetails.FIELDS);
		model.addAttribute("products", this.products.products(whole, null, null, null, PageRequest.of(1, ROWS)));
		model.addAttribute("orders", this.orders.search(whole, OrderFilter.none(), PageRequest.of(1, ROWS)));
		LocalDateTime from = now.minusDays(USAGE_DAYS);
		Map<String, Long> states = this.usage.stateCounts(whole, from, now);
		model.addAttribute("usageAccepted", states.getOrDefault("ACCEPTED", 0L) + states.getOrDefault("BILLED", 0L));
		model.addAttribute("usageBilled", states.getOrDefault("BILLED", 0L));
		model.addAttribute("usageRejected", states.getOrDefault("REJECTED", 0L));
		model.addAttribute("rejections", topRejections(this.usage.summary(whole, from, now)));
		model.addAttribute("usageDays", USAGE_DAYS);
		model.addAttribute("requests", this.reviews.history(id, ROWS));
		model.addAttribute("merchantQuery", merchant.domainId());
		return "merchants/operatorProfile";
	}

	/** The codes most records were rejected with, most first. */
	private static List<CodeCount> topRejections(List<CodeCount> counts) {
		return counts.stream().sorted(Comparator.comparingLong(CodeCount::count).reversed()).limit(5).toList();
	}

}
