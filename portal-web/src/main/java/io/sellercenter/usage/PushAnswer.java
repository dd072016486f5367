package io.sellercenter.usage;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The push API's answers: {@code {"error_code", "error_msg"}} with the marketplace's MKT
 * codes.
 */
enum PushAnswer {

	ACCEPTED("MKT.0000", "success", HttpStatus.OK),
	BAD_FORMAT("MKT.0100", "parameter format error", HttpStatus.BAD_REQUEST),
	MISSING("MKT.0101", "missing parameter", HttpStatus.BAD_REQUEST),
	BAD_SIGNATURE("MKT.0102", "signature verification failed", HttpStatus.UNAUTHORIZED),
	FOREIGN_KEY("MKT.0150", "the key cannot be used for this merchant", HttpStatus.FORBIDDEN),
	TOO_MANY_RECORDS("MKT.9003", "more than 1000 usage records", HttpStatus.BAD_REQUEST),
	RATE_LIMITED("MKT.0429", "too many requests; retry after a second", HttpStatus.TOO_MANY_REQUESTS),
	INTERNAL("MKT.0999", "internal error; retry later", HttpStatus.INTERNAL_SERVER_ERROR);

	private final String code;

	private final String message;

	private final HttpStatus status;

	PushAnswer(String code, String message, HttpStatus status) {
		this.code = code;
		this.message = message;
		this.status = status;
	}

	ResponseEntity<Map<String, String>> response() {
		return response(this.message);
	}

	ResponseEntity<Map<String, String>> response(String detail) {
		return ResponseEntity.status(this.status).body(Map.of("error_code", this.code, "error_msg", detail));
	}

}
