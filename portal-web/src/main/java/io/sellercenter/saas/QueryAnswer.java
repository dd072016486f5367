package io.sellercenter.saas;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The order-query API's answers, in the marketplace's shape: {@code resultCode} and
 * {@code resultMsg} in every body, {@code orderInfo} when found. Found and not found are
 * HTTP 200 (the caller asked well; the code says the rest), refusals 4xx, so a client
 * that reads only the status still tells them apart (docs/decisions.md).
 */
enum QueryAnswer {

	FOUND("000000", "success", HttpStatus.OK),
	AUTHENTICATION_FAILED("000001", "authentication failed", HttpStatus.UNAUTHORIZED),
	BAD_PARAMETER("000002", "bad parameter", HttpStatus.BAD_REQUEST),
	NOT_FOUND("000003", "order not found", HttpStatus.OK),
	TOO_MANY_REQUESTS("000005", "too many requests; retry after a second", HttpStatus.TOO_MANY_REQUESTS);

	/** The marketplace's time format, in UTC. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final String code;

	private final String message;

	private final HttpStatus status;

	QueryAnswer(String code, String message, HttpStatus status) {
		this.code = code;
		this.message = message;
		this.status = status;
	}

	ResponseEntity<Map<String, Object>> response() {
		return response(this.message);
	}

	ResponseEntity<Map<String, Object>> response(String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("resultCode", this.code);
		body.put("resultMsg", detail);
		return ResponseEntity.status(this.status).cacheControl(CacheControl.noStore()).body(body);
	}

	static ResponseEntity<Map<String, Object>> found(QueriedOrder order) {
		ResponseEntity<Map<String, Object>> answer = FOUND.response();
		answer.getBody().put("orderInfo", orderInfo(order));
		return answer;
	}

	private static Map<String, Object> orderInfo(QueriedOrder order) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("orderId", order.orderId());
		info.put("orderType", order.orderType().name());
		info.put("createTime", time(order.createTime()));
		List<Map<String, Object>> lines = new ArrayList<>(order.lines().size());
		for (QueriedOrder.Line line : order.lines()) {
			lines.add(line(line));
		}
		info.put("orderLine", lines);
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("customerId", order.customerId());
		customer.put("customerName", order.customerName());
		customer.put("userName", order.userName());
		info.put("customerInfo", customer);
		return info;
	}

	/** A line; period fields and expiry only where the line has them. */
	private static Map<String, Object> line(QueriedOrder.Line line) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("orderLineId", line.orderLineId());
		entry.put("chargingMode", line.chargingMode().name());
		if (line.periodType() != null) {
			entry.put("periodType", line.periodType().wireName());
		}
		if (line.periodNumber() != null) {
			entry.put("periodNumber", line.periodNumber());
		}
		if (line.expireTime() != null) {
			entry.put("expireTime", time(line.expireTime()));
		}
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("productId", line.productId());
		product.put("skuCode", line.skuCode());
		product.put("productName", line.productName());
		entry.put("productInfo", product);
		return entry;
	}

	private static String time(LocalDateTime utc) {
		return (utc != null) ? TIME.format(utc) : null;
	}

}
