package io.sellercenter.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My sessions": a user sees where they are signed in and ends any of those sessions. */
@Controller
class SessionController {

	private final SessionLinks links;

	private final AuditLog audit;

	SessionController(SessionLinks links, AuditLog audit) {
		this.links = links;
		this.audit = audit;
	}

	@GetMapping("/sessions")
	String list(CurrentUser user, HttpSession session, Model model) {
		model.addAttribute("sessions", this.links.sessionsOf(user.userId(), currentHandle(session)));
		return "sessions/sessionList";
	}

	@GetMapping("/sessions/{handle}")
	String show(CurrentUser user, @PathVariable String handle, HttpSession session, Model model) {
		model.addAttribute("s",
				this.links.find(user.userId(), handle, currentHandle(session)).orElseThrow(NotFoundException::new));
		return "sessions/sessionDetails";
	}

	@PostMapping("/sessions/{handle}/end")
	String end(CurrentUser user, Actor actor, @PathVariable String handle, HttpServletRequest request,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		boolean current = handle.equals(currentHandle(session));
		if (current) {
			// Invalidate through the request so the ending session is not saved back at
			// the end of it.
			this.links.unlink(user.userId(), handle);
			session.invalidate();
		}
		else if (!this.links.end(user.userId(), handle)) {
			throw new NotFoundException();
		}
		this.audit.record(actor, AuditAction.SESSION_ENDED, AuditTarget.SESSION, handle);
		if (current) {
			return "redirect:/logged-out";
		}
		redirect.addFlashAttribute("message", "sessions.ended");
		return "redirect:/sessions";
	}

	private static String currentHandle(HttpSession session) {
		return (String) session.getAttribute(SessionLinks.HANDLE);
	}

}
