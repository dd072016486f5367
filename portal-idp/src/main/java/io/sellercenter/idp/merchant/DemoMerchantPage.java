package io.sellercenter.idp.merchant;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.sellercenter.idp.merchant.ReceivedCalls.Call;

/**
 * {@code /sandbox/demo-merchant}: where a person (or a test) gives the demo merchant the
 * key the portal showed once, switches a key's mode to try failures, and sees the calls
 * received. The forms keep CSRF like the other sandbox pages; a bad form answers 400 with
 * the page and changes nothing.
 */
class DemoMerchantPage {

	static final Pattern ACCESS_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	static final int MIN_SECRET = 8;

	static final int MAX_SECRET = 256;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

	private static final String NOTICE = "demoMerchantNotice";

	private final MerchantKeys keys;

	private final ReceivedCalls calls;

	private final ZoneId zone;

	private final Duration slowDelay;

	DemoMerchantPage(MerchantKeys keys, ReceivedCalls calls, ZoneId zone, Duration slowDelay) {
		this.keys = keys;
		this.calls = calls;
		this.zone = zone;
		this.slowDelay = slowDelay;
	}

	ServerResponse show(ServerRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request.servletRequest());
		return page(request, (flash != null) ? (Notice) flash.get(NOTICE) : null).build();
	}

	ServerResponse register(ServerRequest request) {
		String accessKey = param(request, "accessKey");
		String secret = request.param("secret").orElse("");
		if (!ACCESS_KEY.matcher(accessKey).matches()) {
			return refused(request, "demoMerchant.error.accessKey");
		}
		if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || !secret.strip().equals(secret)) {
			return refused(request, "demoMerchant.error.secret");
		}
		if (!this.keys.register(accessKey, secret)) {
			return refused(request, "demoMerchant.error.full");
		}
		return done(request, new Notice(true, "demoMerchant.registered", accessKey));
	}

	ServerResponse mode(ServerRequest request) {
		String accessKey = param(request, "accessKey");
		Mode mode = Arrays.stream(Mode.values())
			.filter((it) -> it.name().equals(param(request, "mode")))
			.findFirst()
			.orElse(null);
		if (mode == null) {
			return refused(request, "demoMerchant.error.mode");
		}
		if (!ACCESS_KEY.matcher(accessKey).matches() || !this.keys.mode(accessKey, mode)) {
			return refused(request, "demoMerchant.error.unknownKey");
		}
		return done(request, new Notice(true, "demoMerchant.modeSet", accessKey));
	}

	private RenderingResponse.Builder page(ServerRequest request, @Nullable Notice notice) {
		RenderingResponse.Builder page = RenderingResponse.create("sandbox/demoMerchant")
			.modelAttribute("address",
					ServletUriComponentsBuilder.fromContextPath(request.servletRequest())
						.replacePath(null)
						.toUriString())
			.modelAttribute("keys", this.keys.list())
			.modelAttribute("modes", Mode.values())
			.modelAttribute("slowSeconds", this.slowDelay.toSeconds())
			.modelAttribute("maxCalls", ReceivedCalls.KEPT)
			.modelAttribute("calls", this.calls.list().stream().map(this::shown).toList());
		if (notice != null) {
			page.modelAttribute("notice", notice);
		}
		return page;
	}

	private ServerResponse refused(ServerRequest request, String messageKey) {
		return page(request, new Notice(false, messageKey, "")).status(HttpStatus.BAD_REQUEST).build();
	}

	/** Redirects after a change, so that reloading the page sends nothing again. */
	private static ServerResponse done(ServerRequest request, Notice notice) {
		RequestContextUtils.getOutputFlashMap(request.servletRequest()).put(NOTICE, notice);
		return RenderingResponse.create("redirect:/sandbox/demo-merchant").status(HttpStatus.SEE_OTHER).build();
	}

	private Shown shown(Call call) {
		return new Shown(SHOWN.format(call.at().atZone(this.zone)), call);
	}

	private static String param(ServerRequest request, String name) {
		return request.param(name).map(String::strip).orElse("");
	}

	/**
	 * What the page says after a form, as a message key and its argument. Serializable
	 * because it travels as a flash attribute in the session.
	 */
	record Notice(boolean ok, String messageKey, String argument) implements Serializable {
	}

	/** A call received, with its time in words. */
	record Shown(String at, Call call) {

		/**
		 * The message key of the answer's meaning, e.g.
		 * {@code demoMerchant.result.000000}.
		 */
		public String meaning() {
			return "demoMerchant.result." + (this.call.answer().startsWith("HTTP") ? "http" : this.call.answer());
		}

	}

}
