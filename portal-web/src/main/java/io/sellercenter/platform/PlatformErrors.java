package io.sellercenter.platform;

import java.util.List;

import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.Violation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the platform API as {@code {"errors":[{"field":...,"message":...}]}}:
 * 400 bad input, 404 unknown order or instance, 409 a state that does not allow the
 * change, 422 an event id used before with another request.
 */
@RestControllerAdvice(basePackageClasses = PlatformErrors.class)
class PlatformErrors {

	@ExceptionHandler
	ResponseEntity<String> rejected(OrderRejected ex) {
		HttpStatus status = switch (ex.reason()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return errors(status, ex.violations());
	}

	@ExceptionHandler
	ResponseEntity<String> eventReused(PlatformEvents.Conflict ex) {
		return errors(HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(new Violation("event_id", "this event id was used before with another request")));
	}

	@ExceptionHandler
	ResponseEntity<String> unreadable(HttpMessageNotReadableException ex) {
		return errors(HttpStatus.BAD_REQUEST, List.of(new Violation("", "the body is not valid JSON")));
	}

	/** Two calls creating the same ids at once: the loser changes nothing. */
	@ExceptionHandler
	ResponseEntity<String> duplicate(DuplicateKeyException ex) {
		return errors(HttpStatus.CONFLICT,
				List.of(new Violation("", "an order, line or instance with one of these ids exists already")));
	}

	static ResponseEntity<String> errors(HttpStatus status, List<Violation> violations) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(PlatformJson.errors(violations));
	}

}
