package io.sellercenter.merchant;

import jakarta.validation.Valid;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.file.Uploads;
import io.sellercenter.review.ReviewConflict;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 商家信息: sub-users with the merchant-info menu read it; only the main account onboards,
 * changes and uploads.
 */
@Controller
@RequiresMenu(Menu.MERCHANT_INFO)
class ProfileController {

	private final ProfileService profiles;

	private final FileService files;

	ProfileController(ProfileService profiles, FileService files) {
		this.profiles = profiles;
		this.files = files;
	}

	@GetMapping("/merchant/profile")
	String show(MerchantId merchant, Model model) {
		ProfileOverview overview = this.profiles.overview(merchant);
		model.addAttribute("overview", overview);
		model.addAttribute("fields", ProfileDetails.FIELDS);
		if (overview.profile() != null && !model.containsAttribute("contacts")) {
			model.addAttribute("contacts", ContactForm.of(overview.profile()));
		}
		return "merchants/profile";
	}

	@GetMapping("/merchant/onboarding")
	@MainAccountOnly
	String onboardingForm(MerchantId merchant, Model model) {
		ProfileOverview overview = this.profiles.overview(merchant);
		if (overview.merchant().certification() == Certification.CERTIFIED
				|| overview.merchant().certification() == Certification.PENDING) {
			return "redirect:/merchant/profile";
		}
		if (!model.containsAttribute("form")) {
			// After a rejection the form starts from what was submitted, so only the
			// issue needs fixing.
			model.addAttribute("form", (overview.onboarding() != null)
					? ProfileForm.of(ProfileDetails.fromMap(overview.onboarding().newValues())) : ProfileForm.empty());
		}
		model.addAttribute("overview", overview);
		return "merchants/onboarding";
	}

	@PostMapping("/merchant/onboarding")
	@MainAccountOnly
	String submitOnboarding(Actor actor, MerchantId merchant, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, @RequestParam(name = "licence", required = false) MultipartFile licence, Model model,
			RedirectAttributes redirect) {
		form.checkRegistrationNumber(result);
		if (result.hasErrors()) {
			return onboardingForm(merchant, model);
		}
		try {
			this.profiles.submitOnboarding(merchant, form.toDetails(), Uploads.of(licence), actor);
		}
		catch (UploadRejected ex) {
			model.addAttribute("licenceError", ex.code());
			model.addAttribute("licenceErrorArgs", ex.args());
			return onboardingForm(merchant, model);
		}
		catch (ProfileRejected ex) {
			model.addAttribute("error", ex.code());
			return onboardingForm(merchant, model);
		}
		redirect.addFlashAttribute("message", "profile.onboarding.submitted");
		return "redirect:/merchant/profile";
	}

	@PostMapping("/merchant/profile/contacts")
	@MainAccountOnly
	String updateContacts(Actor actor, MerchantId merchant, @Valid @ModelAttribute("contacts") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(merchant, model);
		}
		this.profiles.updateContacts(merchant, form.contactPhone().trim(), form.contactEmail().trim(), form.finance(),
				actor);
		redirect.addFlashAttribute("message", "profile.contacts.saved");
		return "redirect:/merchant/profile";
	}

	@GetMapping("/merchant/profile/change")
	@MainAccountOnly
	String changeForm(MerchantId merchant, Model model) {
		ProfileOverview overview = this.profiles.overview(merchant);
		if (overview.profile() == null) {
			return "redirect:/merchant/profile";
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProfileForm.of(overview.profile().details()));
		}
		model.addAttribute("overview", overview);
		return "merchants/changeRequest";
	}

	@PostMapping("/merchant/profile/change")
	@MainAccountOnly
	String requestChange(Actor actor, MerchantId merchant, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, @RequestParam(name = "licence", required = false) MultipartFile licence, Model model,
			RedirectAttributes redirect) {
		form.checkRegistrationNumber(result);
		if (result.hasErrors()) {
			return changeForm(merchant, model);
		}
		try {
			this.profiles.requestChange(merchant, form.toDetails(), Uploads.of(licence), actor);
		}
		catch (UploadRejected ex) {
			model.addAttribute("licenceError", ex.code());
			model.addAttribute("licenceErrorArgs", ex.args());
			return changeForm(merchant, model);
		}
		catch (ProfileRejected ex) {
			model.addAttribute("error", ex.code());
			return changeForm(merchant, model);
		}
		catch (ReviewConflict ex) {
			model.addAttribute("error", ex.code());
			return changeForm(merchant, model);
		}
		redirect.addFlashAttribute("message", "profile.change.submitted");
		return "redirect:/merchant/profile";
	}

	@PostMapping("/merchant/profile/compliance")
	@MainAccountOnly
	String submitCompliance(Actor actor, MerchantId merchant,
			@RequestParam(name = "letter", required = false) MultipartFile letter, RedirectAttributes redirect) {
		try {
			this.profiles.submitComplianceLetter(merchant, Uploads.of(letter), actor);
			redirect.addFlashAttribute("message", "profile.compliance.submitted");
		}
		catch (UploadRejected ex) {
			redirect.addFlashAttribute("complianceError", ex.code());
			redirect.addFlashAttribute("complianceErrorArgs", ex.args());
		}
		catch (ProfileRejected | ReviewConflict ex) {
			redirect.addFlashAttribute("complianceError",
					(ex instanceof ProfileRejected p) ? p.code() : ((ReviewConflict) ex).code());
		}
		return "redirect:/merchant/profile";
	}

	/**
	 * A file of the profile (licence, compliance letter), for whoever reads the profile.
	 */
	@GetMapping("/merchant/files/{fileId}")
	ResponseEntity<byte[]> download(MerchantId merchant, @PathVariable long fileId) {
		StoredFile file = this.files.find(merchant, FileKind.Owner.MERCHANT_PROFILE, fileId)
			.orElseThrow(NotFoundException::new);
		return FileResponses.attachment(file, this.files.content(file));
	}

}
