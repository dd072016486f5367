package io.sellercenter.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Sign in as another user" on the refusal pages. A refused person has no portal session,
 * but the provider still has theirs, so signing in again would only bring the same
 * refusal back. This ends the provider session (RP-initiated logout, with the refused ID
 * token as {@code id_token_hint}) and comes back to the sign-in page.
 * <p>
 * A POST with the CSRF token, so no other site can make a browser do it; and it only ever
 * uses the token that this browser's own session was refused with, so nobody can end
 * someone else's provider session through it.
 */
@Controller
class SwitchAccountController {

	/**
	 * The post-logout redirect goes to the registered {@code /logged-out}; this state
	 * tells it to continue to the sign-in page.
	 */
	static final String STATE = "switch-account";

	private static final Logger log = LoggerFactory.getLogger(SwitchAccountController.class);

	private static final String REGISTRATION = "marketplace";

	private final ClientRegistrationRepository registrations;

	private final RefusedSignIns refusals;

	SwitchAccountController(ClientRegistrationRepository registrations, RefusedSignIns refusals) {
		this.registrations = registrations;
		this.refusals = refusals;
	}

	@PostMapping("/access/switch-account")
	String switchAccount(HttpServletRequest request) {
		Optional<String> idToken = this.refusals.take(request);
		ClientRegistration registration = this.registrations.findByRegistrationId(REGISTRATION);
		Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		if (idToken.isEmpty()) {
			// Nothing refused here lately (or too long ago): nothing of the provider's to
			// end.
			return "redirect:/login";
		}
		if (endSession == null) {
			log.warn("The provider announces no end_session_endpoint; a refused user cannot be signed out there");
			return "redirect:/login";
		}
		log.info("A refused sign-in ends its provider session to sign in as another user");
		return "redirect:" + UriComponentsBuilder.fromUriString(endSession.toString())
			.queryParam("id_token_hint", idToken.get())
			.queryParam("client_id", registration.getClientId())
			.queryParam("post_logout_redirect_uri", baseUrl(request) + "/logged-out")
			.queryParam("state", STATE)
			.encode(StandardCharsets.UTF_8)
			.build()
			.toUriString();
	}

	/** As Spring Security's {@code {baseUrl}}: behind the proxy, its public address. */
	private static String baseUrl(HttpServletRequest request) {
		return UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
			.replacePath(request.getContextPath())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
	}

}
