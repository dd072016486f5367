package io.sellercenter.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UrlPathHelper;

/**
 * The portal's interfaces for machines rather than browsers: the merchants' usage push
 * and order query, the marketplace platform's API, and the identity provider's
 * back-channel logout. Each has a bound on its body, read before anything else looks at
 * the request, and its own error format, so that a refusal made before the API's own code
 * runs (a body too large, an outage, a failure) still reads as that API's answer and
 * never as an HTML page.
 */
public enum MachineApi {

	/**
	 * {@code GET /api/v1/isv/orders/query}: merchants' servers read an order. A GET
	 * carries no body; a few bytes are let through for clients that send an empty one.
	 * Listed before the usage push, whose prefix holds this one: the first match wins.
	 */
	ORDER_QUERY("/api/v1/isv/orders/", 1024, 1024) {
		@Override
		Map<String, Object> body(int status, String message) {
			// The marketplace's codes: 000002 bad parameter, 000005 other error.
			String code = (status < 500) ? "000002" : "000005";
			return Map.of("resultCode", code, "resultMsg", message);
		}
	},

	/**
	 * {@code POST /api/v1/isv/usage-data}. 1 MiB holds 1000 records with every field at
	 * its longest (about 430 bytes each, pretty-printed), with room to spare.
	 */
	USAGE_PUSH("/api/v1/isv/", 1024 * 1024, 10_000) {
		@Override
		Map<String, Object> body(int status, String message) {
			String code = (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) ? "MKT.9003"
					: (status < 500) ? "MKT.0100" : "MKT.0999";
			return Map.of("error_code", code, "error_msg", message);
		}
	},

	/**
	 * {@code /api/platform/v1/**}. An order carries at most 100 lines and 1000 instances
	 * (about 150 KB); 1 MiB leaves room for the longest texts written as escapes. A
	 * string may be as long as a ticket's attachment of 128 KiB in base64 (174,764
	 * characters).
	 */
	PLATFORM("/api/platform/v1/", 1024 * 1024, 180_000) {
		@Override
		String contentType() {
			return "application/problem+json";
		}

		/**
		 * A problem body (RFC 9457) that also carries the API's own {@code errors} list,
		 * so a client reading either finds the reason.
		 */
		@Override
		Map<String, Object> body(int status, String message) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", title(status));
			body.put("status", status);
			body.put("detail", message);
			body.put("errors", List.of(Map.of("field", "", "message", message)));
			return body;
		}
	},

	/** The provider's logout token, a signed JWT of a kilobyte or two. */
	BACK_CHANNEL_LOGOUT("/logout/connect/back-channel/", 16 * 1024, 16 * 1024) {
		@Override
		Map<String, Object> body(int status, String message) {
			String error = (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) ? "temporarily_unavailable"
					: (status >= 500) ? "server_error" : "invalid_request";
			return Map.of("error", error, "error_description", message);
		}
	};

	private static final JsonMapper WRITER = JsonMapper.builder().build();

	/** Decodes the path and drops {@code ;} parameters, as Spring MVC does. */
	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final String prefix;

	private final int maxBodyBytes;

	private final int maxStringLength;

	MachineApi(String prefix, int maxBodyBytes, int maxStringLength) {
		this.prefix = prefix;
		this.maxBodyBytes = maxBodyBytes;
		this.maxStringLength = maxStringLength;
	}

	/**
	 * The machine API a request is for, or null for a page. The path is taken decoded, as
	 * the routes and the security rules match it: {@code /api/v1/%69sv/} reaches the push
	 * API too.
	 */
	public static MachineApi of(HttpServletRequest request) {
		String path = PATHS.getPathWithinApplication(request);
		for (MachineApi api : values()) {
			if (path.startsWith(api.prefix)) {
				return api;
			}
		}
		return null;
	}

	/** The largest body this API reads. */
	public int maxBodyBytes() {
		return this.maxBodyBytes;
	}

	/**
	 * A JSON mapper for this API's bodies, bounded before it builds anything: the
	 * document to the body limit, nesting, numbers (digits of a number, so no
	 * {@code 1e400000000} becomes a huge BigDecimal), strings and names.
	 */
	public JsonMapper.Builder jsonMapper() {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxDocumentLength(this.maxBodyBytes)
			.maxNestingDepth(16)
			.maxNumberLength(64)
			.maxStringLength(this.maxStringLength)
			.maxNameLength(100)
			.maxTokenCount(200_000)
			.build();
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
	}

	/**
	 * Answers the request in this API's format; the connection is closed after it, so a
	 * refused body is not read on.
	 */
	public void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.reset();
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", "10");
		}
		if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
			response.setHeader("Connection", "close");
		}
		response.setContentType(contentType());
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(WRITER.writeValueAsString(body(status, message)));
		response.flushBuffer();
	}

	String contentType() {
		return "application/json";
	}

	abstract Map<String, Object> body(int status, String message);

	private static String title(int status) {
		return switch (status) {
			case 411 -> "Length Required";
			case 413 -> "Content Too Large";
			case 503 -> "Service Unavailable";
			case 500 -> "Internal Server Error";
			default -> "Error";
		};
	}

}
