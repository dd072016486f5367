package io.sellercenter.merchant;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.Requests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Operators read any merchant's profile (read only). */
@Controller
class OperatorMerchantController {

	private final MerchantService merchants;

	private final ProfileService profiles;

	private final AuditLog audit;

	OperatorMerchantController(MerchantService merchants, ProfileService profiles, AuditLog audit) {
		this.merchants = merchants;
		this.profiles = profiles;
		this.audit = audit;
	}

	/** Each view is in the audit log of the merchant viewed. */
	@GetMapping("/operator/merchants/{merchantId}")
	String show(CurrentUser operator, @PathVariable long merchantId, HttpServletRequest request, Model model) {
		if (merchantId <= 0) {
			throw new NotFoundException();
		}
		MerchantId id = new MerchantId(merchantId);
		this.merchants.find(id).orElseThrow(NotFoundException::new);
		this.audit.record(new Actor(operator.userId(), operator.userName(), id, Requests.clientIp(request)),
				AuditAction.OPERATOR_PROFILE_VIEWED, AuditTarget.MERCHANT, String.valueOf(merchantId));
		model.addAttribute("overview", this.profiles.overview(id));
		model.addAttribute("fields", ProfileDetails.FIELDS);
		return "merchants/operatorProfile";
	}

}
