package io.sellercenter.platform;

import java.util.ArrayList;
import java.util.List;

import io.sellercenter.analytics.TrafficIntake;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.PlatformEvents.Answer;
import io.sellercenter.order.Violation;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product page views and visitors, pushed by the platform once a day per merchant.
 * Idempotent on the event id as every platform call is; the same day sent again under a
 * new event id is a correction and replaces the figures.
 */
@RestController
@RequestMapping(path = "/api/platform/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlatformTrafficController {

	private static final String KIND = "TRAFFIC";

	private final TrafficIntake intake;

	private final PlatformEvents events;

	private final CallReader calls;

	PlatformTrafficController(TrafficIntake intake, PlatformEvents events, CallReader calls) {
		this.intake = intake;
		this.events = events;
		this.calls = calls;
	}

	@PostMapping(path = "/traffic", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> receive(@RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		Answer answer = this.events.handle(eventId, KIND, PlatformJson.digest(KIND, "", body), () -> {
			List<Violation> violations = new ArrayList<>();
			TrafficBody traffic = this.calls.read(body, TrafficBody.class, violations);
			traffic.needs(violations);
			CallReader.throwIfAny(violations);
			String merchant = Sent.string(traffic.merchant());
			TrafficIntake.Received received = this.intake.receive(merchant, Sent.day(traffic.day()),
					traffic.toFigures());
			return new Answer(200, PlatformJson.write(PlatformJson.ordered("event_id", eventId, "merchant", merchant,
					"day", Sent.string(traffic.day()), "products", received.products())), received.merchant());
		});
		return PlatformOrderController.respond(answer);
	}

	private String eventId(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		EventBody event = this.calls.read(body, EventBody.class, violations);
		CallReader.throwIfAny(violations);
		return Sent.string(event.eventId());
	}

}
