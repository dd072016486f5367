package io.sellercenter.notification;

import java.util.Locale;
import java.util.Map;

import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The signed-in user's inbox, merchants' users and operators alike: always their own
 * messages, whatever id a request names.
 */
@Controller
class NotificationController {

	private final InSiteMessages inbox;

	private final NotificationTexts texts;

	NotificationController(InSiteMessages inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String list(CurrentUser user, @RequestParam(name = "page", required = false) Integer page, Locale locale,
			Model model) {
		Page<InSiteMessage> messages = this.inbox.page(user.merchant(), user.userId(), PageRequest.of(page));
		model.addAttribute("messages", messages
			.map((message) -> MessageView.of(message, this.texts.render(message.event(), message.args(), locale))));
		return "notifications/notificationList";
	}

	/** For the bell, which the layout renders without a count (see static/js). */
	@GetMapping(path = "/notifications/unread-count", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, Long>> unreadCount(CurrentUser user) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("unread", this.inbox.unreadCount(user.merchant(), user.userId())));
	}

	/** Following a message's link marks it read. */
	@GetMapping("/notifications/{messageId}")
	RedirectView open(CurrentUser user, @PathVariable long messageId) {
		InSiteMessage message = this.inbox.open(user.merchant(), user.userId(), messageId)
			.orElseThrow(NotFoundException::new);
		RedirectView redirect = new RedirectView((message.link() != null) ? message.link() : "/notifications", true);
		// The link is a stored path: taken as it is, never as a template to fill.
		redirect.setExpandUriTemplateVariables(false);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	@PostMapping("/notifications/{messageId}/read")
	String markRead(CurrentUser user, @PathVariable long messageId,
			@RequestParam(name = "page", required = false) Integer page, RedirectAttributes redirect) {
		if (!this.inbox.markRead(user.merchant(), user.userId(), messageId)) {
			throw new NotFoundException();
		}
		return backToList(page, redirect, "notification.markedRead");
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(CurrentUser user, RedirectAttributes redirect) {
		this.inbox.markAllRead(user.merchant(), user.userId());
		return backToList(null, redirect, "notification.markedAllRead");
	}

	private static String backToList(Integer page, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		if (page != null && page > 1) {
			redirect.addAttribute("page", page);
		}
		return "redirect:/notifications";
	}

}
