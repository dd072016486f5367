package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.usage.SignedRequests;
import io.sellercenter.usage.SignedRequests.RateLimit;
import io.sellercenter.usage.SignedRequests.SignedRequest;
import io.sellercenter.web.Requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/isv/orders/query?orderId=…&orderLineId=…}: a merchant's server reads
 * one of its orders, or a mock order (SPEC §12). Signed like the usage push, with the raw
 * query string standing in for the body, and checked by the same {@link SignedRequests};
 * the order is looked up for the key's merchant only, so another merchant's order is "not
 * found" exactly as an unknown one.
 */
@RestController
class OrderQueryController {

	/**
	 * Two ids of 64 characters, each percent-encoded at worst, with their names: about
	 * 420 characters. Longer is refused before the signature is hashed.
	 */
	static final int MAX_QUERY_STRING = 512;

	private final SignedRequests signed;

	private final OrderQuery orders;

	private final RateLimit limit;

	OrderQueryController(SignedRequests signed, OrderQuery orders,
			@Value("${portal.saas.order-query.requests-per-second:20}") int perSecond) {
		this.signed = signed;
		this.orders = orders;
		this.limit = new RateLimit("order-query", perSecond);
	}

	@GetMapping("/api/v1/isv/orders/query")
	ResponseEntity<Map<String, Object>> query(@RequestHeader(name = "access-key", required = false) String keyId,
			@RequestHeader(name = "ts", required = false) String ts,
			@RequestHeader(name = "nonce", required = false) String nonce,
			@RequestHeader(name = "signature", required = false) String signature, HttpServletRequest request) {
		String query = (request.getQueryString() != null) ? request.getQueryString() : "";
		if (query.length() > MAX_QUERY_STRING) {
			return QueryAnswer.BAD_PARAMETER
				.response("the query string is longer than " + MAX_QUERY_STRING + " characters");
		}
		SignedRequests.Admission admission = this.signed.check(
				new SignedRequest(keyId, ts, nonce, signature, query.getBytes(StandardCharsets.UTF_8)),
				Requests.clientIp(request), this.limit);
		if (!admission.admitted()) {
			return refusal(admission.refusal());
		}
		Parameter orderId = parameter(request, "orderId", true);
		if (orderId.problem() != null) {
			return QueryAnswer.BAD_PARAMETER.response(orderId.problem());
		}
		Parameter orderLineId = parameter(request, "orderLineId", false);
		if (orderLineId.problem() != null) {
			return QueryAnswer.BAD_PARAMETER.response(orderLineId.problem());
		}
		Optional<QueriedOrder> order = this.orders.find(admission.key().merchant(), orderId.value(),
				orderLineId.value());
		return order.map(QueryAnswer::found).orElseGet(QueryAnswer.NOT_FOUND::response);
	}

	/**
	 * Every failure of the signature, the key or its headers is 000001 (which check
	 * failed is said in resultMsg, as the push does); only the limits have their own.
	 */
	private static ResponseEntity<Map<String, Object>> refusal(SignedRequests.Refusal refusal) {
		return switch (refusal) {
			case ADDRESS_BLOCKED, KEY_BLOCKED, RATE_LIMITED -> QueryAnswer.TOO_MANY_REQUESTS.response(refusal.detail());
			default -> QueryAnswer.AUTHENTICATION_FAILED.response(refusal.detail());
		};
	}

	/**
	 * A query parameter given at most once, within the ids' length and characters; empty
	 * counts as absent.
	 */
	private static Parameter parameter(HttpServletRequest request, String name, boolean required) {
		String[] values = request.getParameterValues(name);
		if (values != null && values.length > 1) {
			return new Parameter(null, name + " must be given once");
		}
		String value = (values == null || values[0].isEmpty()) ? null : values[0];
		if (value == null) {
			return new Parameter(null, required ? name + " is required" : null);
		}
		if (value.length() > OrderQuery.MAX_ID_LENGTH) {
			return new Parameter(null, name + " is longer than " + OrderQuery.MAX_ID_LENGTH + " characters");
		}
		if (!OrderQuery.wellFormedId(value)) {
			return new Parameter(null, name + " holds characters other than letters, digits and . _ : -");
		}
		return new Parameter(value, null);
	}

	private record Parameter(String value, String problem) {
	}

}
