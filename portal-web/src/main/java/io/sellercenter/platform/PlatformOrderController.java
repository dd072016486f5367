package io.sellercenter.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Map;

import io.sellercenter.order.InstanceAction;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.PlatformEvents.Answer;
import io.sellercenter.order.Violation;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders and instances pushed by the platform. The event id is read first, so a repeated
 * call gets its first answer (or 422 when the body differs) before anything else is
 * looked at; then the body is checked as a whole (400 with every field's message) and the
 * change made, all in one transaction with the record of the event.
 */
@RestController
@RequestMapping(path = "/api/platform/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlatformOrderController {

	private final OrderIntake intake;

	private final PlatformEvents events;

	private final CallReader calls;

	private final Clock clock;

	PlatformOrderController(OrderIntake intake, PlatformEvents events, CallReader calls, Clock clock) {
		this.intake = intake;
		this.events = events;
		this.calls = calls;
		this.clock = clock;
	}

	@PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> create(@RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		Answer answer = this.events.handle(eventId, "ORDER_CREATED", PlatformJson.digest("ORDER_CREATED", "", body),
				() -> {
					NewOrder order = readOrder(body);
					OrderIntake.Received received = this.intake.receive(order, eventId);
					return new Answer(201, answer(eventId, "order_id", received.orderId(), "merchant", order.merchant(),
							"status", received.status().name()), received.merchant());
				});
		return respond(answer);
	}

	@PostMapping(path = "/orders/{orderId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> changeStatus(@PathVariable String orderId, @RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		String kind = "ORDER_STATUS";
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, orderId, body), () -> {
			List<Violation> violations = pathId("order_id", orderId);
			StatusBody change = this.calls.read(body, StatusBody.class, violations);
			CallReader.throwIfAny(violations);
			LocalDateTime changedAt = Sent.time(change.changedAt());
			OrderIntake.Received received = this.intake.changeStatus(orderId,
					Sent.choice(change.status(), OrderStatus.class), (changedAt != null) ? changedAt : now(),
					Sent.time(change.paidAt()), eventId);
			return new Answer(200, answer(eventId, "order_id", orderId, "status", received.status().name()),
					received.merchant());
		});
		return respond(answer);
	}

	@PostMapping(path = "/instances/{instanceId}/freeze", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> freeze(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return changeInstance(instanceId, InstanceAction.FREEZE, PlatformJson.read(raw));
	}

	@PostMapping(path = "/instances/{instanceId}/unfreeze", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> unfreeze(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return changeInstance(instanceId, InstanceAction.UNFREEZE, PlatformJson.read(raw));
	}

	@PostMapping(path = "/instances/{instanceId}/release", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> release(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return changeInstance(instanceId, InstanceAction.RELEASE, PlatformJson.read(raw));
	}

	@PostMapping(path = "/instances/{instanceId}/expire", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> expire(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return changeInstance(instanceId, InstanceAction.EXPIRE, PlatformJson.read(raw));
	}

	@PostMapping(path = "/instances/{instanceId}/renew", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> renew(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return onInstance(instanceId, "INSTANCE_RENEW", PlatformJson.read(raw), RenewBody.class,
				(renewal, eventId) -> this.intake.renewInstance(instanceId, Sent.time(renewal.expireAt()), eventId));
	}

	@PostMapping(path = "/instances/{instanceId}/spec", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> changeSpec(@PathVariable String instanceId, @RequestBody byte[] raw) {
		return onInstance(instanceId, "INSTANCE_SPEC", PlatformJson.read(raw), SpecChangeBody.class,
				(change, eventId) -> this.intake.changeInstanceSpec(instanceId, Sent.number(change.specId()), eventId));
	}

	private ResponseEntity<String> changeInstance(String instanceId, InstanceAction action, JsonNode body) {
		return onInstance(instanceId, "INSTANCE_" + action.name(), body, InstanceBody.class, (change, eventId) -> {
			LocalDateTime changedAt = Sent.time(change.changedAt());
			return this.intake.changeInstance(instanceId, action, (changedAt != null) ? changedAt : now(), eventId);
		});
	}

	/**
	 * One call on an instance, as every instance call goes: the event id first, then the
	 * path's id and the body read together (every message at once), the change, and the
	 * instance's answer.
	 */
	private <B> ResponseEntity<String> onInstance(String instanceId, String kind, JsonNode body, Class<B> type,
			BiFunction<B, String, OrderIntake.InstanceChanged> change) {
		String eventId = eventId(body);
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, instanceId, body), () -> {
			List<Violation> violations = pathId("instance_id", instanceId);
			B read = this.calls.read(body, type, violations);
			CallReader.throwIfAny(violations);
			OrderIntake.InstanceChanged changed = change.apply(read, eventId);
			return new Answer(200, answer(eventId, "instance_id", instanceId, "order_id", changed.orderId(), "status",
					changed.status().name()), changed.merchant());
		});
		return respond(answer);
	}

	/** The event id, checked before anything else. */
	private String eventId(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		EventBody event = this.calls.read(body, EventBody.class, violations);
		CallReader.throwIfAny(violations);
		return Sent.string(event.eventId());
	}

	/** The id in the path, first among the messages. */
	private static List<Violation> pathId(String name, String value) {
		List<Violation> violations = new ArrayList<>();
		if (!Sent.isId(value)) {
			violations.add(new Violation(name, "is not a valid id"));
		}
		return violations;
	}

	private NewOrder readOrder(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		OrderBody order = this.calls.read(body, OrderBody.class, violations);
		if (order.instanceCount() > OrderBody.MAX_INSTANCES) {
			violations
				.add(new Violation("lines", "an order carries at most " + OrderBody.MAX_INSTANCES + " instances"));
		}
		CallReader.throwIfAny(violations);
		return order.toNewOrder();
	}

	private static String answer(String eventId, String... pairs) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("event_id", eventId);
		for (int i = 0; i < pairs.length; i += 2) {
			body.put(pairs[i], pairs[i + 1]);
		}
		return PlatformJson.write(body);
	}

	static ResponseEntity<String> respond(Answer answer) {
		return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
