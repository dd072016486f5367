package io.sellercenter.idp.sandbox;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

import io.sellercenter.idp.sandbox.PlatformApi.PlatformApiException;

/** The portal's answers, and the ticket's states, in words for the page. */
final class Notices {

	private Notices() {
	}

	static Notice ok(String text) {
		return new Notice(true, text, List.of());
	}

	/** Why the portal refused {@code what}, as a sentence, and its field errors. */
	static Notice refusal(PlatformApiException ex, String what) {
		int status = ex.status();
		PlatformApi.Problem problem = ex.problem();
		String sentence = switch (status) {
			case 0 -> ex.getMessage();
			case 400 -> "The portal found " + what + " invalid (400 Bad Request).";
			case 401 -> "The portal did not accept the sandbox's access token (401 Unauthorized). "
					+ "Does the portal trust this provider as its issuer, and the client marketplace-platform?";
			case 403 -> "The portal refused the sandbox's client (403 Forbidden). "
					+ "Is PORTAL_PLATFORM_CLIENT_ID marketplace-platform?";
			case 404 -> "The portal does not know " + what + " (404 Not Found).";
			case 409 -> "Not possible now: the ticket is not in a state that allows " + what + " (409 Conflict).";
			case 422 -> "The portal already took this event id with another body (422 Unprocessable Entity).";
			default -> "The portal answered " + status + " to " + what + ".";
		};
		StringBuilder text = new StringBuilder(sentence);
		if (problem != null && StringUtils.hasText(problem.detail())) {
			text.append(' ').append(problem.detail().strip());
			if (!problem.detail().strip().endsWith(".")) {
				text.append('.');
			}
		}
		List<String> details = (problem == null) ? List.of()
				: problem.errors()
					.stream()
					.map((error) -> StringUtils.hasText(error.field()) ? error.field() + ": " + error.message()
							: String.valueOf(error.message()))
					.toList();
		return new Notice(false, text.toString(), details);
	}

	/** The ticket's state as the customer reads it. */
	static String status(int status, @Nullable String statusName) {
		return switch (status) {
			case 0 -> "Pending acceptance by the merchant";
			case 1 -> "In progress";
			case 2 -> "Waiting for your confirmation";
			case 3 -> "Completed";
			case 4 -> "Cancelled";
			case 5 -> "Paused: waiting for your authorisation";
			case 17 -> "Waiting for your feedback";
			default -> StringUtils.hasText(statusName) ? words(statusName) : "Status " + status;
		};
	}

	static String entryKind(String kind) {
		return switch (kind) {
			case "CUSTOMER_MESSAGE" -> "Message";
			case "MERCHANT_REPLY" -> "Reply";
			case "INFO_REQUESTED" -> "Information requested";
			case "RESOLUTION" -> "Resolution proposed";
			case "STATUS" -> "Status changed";
			default -> words(kind);
		};
	}

	/**
	 * {@code ACCESS_GRANTED} as "Access granted", for kinds this page does not know yet.
	 */
	private static String words(String constant) {
		String lower = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH).strip();
		return lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/**
	 * What the page says after a call. Serializable because it travels as a flash
	 * attribute in the session.
	 */
	record Notice(boolean ok, String text, List<String> details) implements Serializable {
	}

}
