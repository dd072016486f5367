package io.sellercenter.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.order.InstanceAction;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.PlatformEvents.Answer;
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

	/** Lines and instances one order may carry. */
	private static final int MAX_LINES = 100;

	private static final int MAX_INSTANCES = 1000;

	private final OrderIntake intake;

	private final PlatformEvents events;

	private final Clock clock;

	PlatformOrderController(OrderIntake intake, PlatformEvents events, Clock clock) {
		this.intake = intake;
		this.events = events;
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
			RequestReader in = new RequestReader();
			checkPathId(in, "order_id", orderId);
			OrderStatus status = in.choice(body, "", "status", OrderStatus.class, true);
			LocalDateTime changedAt = in.time(body, "", "changed_at", false);
			LocalDateTime paidAt = in.time(body, "", "paid_at", false);
			in.throwIfInvalid();
			OrderIntake.Received received = this.intake.changeStatus(orderId, status,
					(changedAt != null) ? changedAt : now(), paidAt, eventId);
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

	private ResponseEntity<String> changeInstance(String instanceId, InstanceAction action, JsonNode body) {
		String eventId = eventId(body);
		String kind = "INSTANCE_" + action.name();
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, instanceId, body), () -> {
			RequestReader in = new RequestReader();
			checkPathId(in, "instance_id", instanceId);
			LocalDateTime changedAt = in.time(body, "", "changed_at", false);
			in.throwIfInvalid();
			OrderIntake.InstanceChanged changed = this.intake.changeInstance(instanceId, action,
					(changedAt != null) ? changedAt : now(), eventId);
			return new Answer(200, answer(eventId, "instance_id", instanceId, "order_id", changed.orderId(), "status",
					changed.status().name()), changed.merchant());
		});
		return respond(answer);
	}

	/** The event id, checked before anything else. */
	private static String eventId(JsonNode body) {
		RequestReader in = new RequestReader();
		String eventId = in.id(in.body(body), "", "event_id");
		in.throwIfInvalid();
		return eventId;
	}

	private static void checkPathId(RequestReader in, String name, String value) {
		if (!RequestReader.isId(value)) {
			in.fail("", name, "is not a valid id");
		}
	}

	private static NewOrder readOrder(JsonNode body) {
		RequestReader in = new RequestReader();
		String orderId = in.id(body, "", "order_id");
		String merchant = in.id(body, "", "merchant");
		OrderType type = in.choice(body, "", "order_type", OrderType.class, true);
		OrderStatus status = in.choice(body, "", "status", OrderStatus.class, true);
		LocalDateTime createdAt = in.time(body, "", "created_at", true);
		LocalDateTime paidAt = in.time(body, "", "paid_at", false);
		String currency = in.currency(body, "", "currency");
		var amount = in.amount(body, "", "amount");
		JsonNode customer = in.object(body, "", "customer");
		String customerId = null;
		String customerName = null;
		String accountName = null;
		if (customer != null) {
			customerId = in.id(customer, "customer.", "id");
			customerName = in.text(customer, "customer.", "name", 200);
			accountName = in.text(customer, "customer.", "account_name", 100);
		}
		List<JsonNode> lineNodes = in.array(body, "", "lines", 1, MAX_LINES);
		List<NewOrder.Line> lines = new ArrayList<>();
		int instanceCount = 0;
		for (int i = 0; i < lineNodes.size(); i++) {
			JsonNode line = lineNodes.get(i);
			String at = "lines[" + i + "].";
			if (!line.isObject()) {
				in.fail("lines[" + i + "]", "", "must be an object");
				continue;
			}
			String lineId = in.id(line, at, "order_line_id");
			Long productId = in.positive(line, at, "product_id", true);
			Long specId = in.positive(line, at, "spec_id", true);
			OrderChargingMode mode = in.choice(line, at, "charging_mode", OrderChargingMode.class, true);
			PeriodType periodType = in.choice(line, at, "period_type", PeriodType.class, false);
			Long periodNumber = in.positive(line, at, "period_number", false);
			if (periodNumber != null && periodNumber > 1200) {
				in.fail(at, "period_number", "must be at most 1200");
			}
			LocalDateTime expireAt = in.time(line, at, "expire_time", false);
			var lineAmount = in.amount(line, at, "amount");
			List<JsonNode> instanceNodes = in.array(line, at, "instances", 0, MAX_INSTANCES);
			List<String> instanceIds = new ArrayList<>();
			for (int j = 0; j < instanceNodes.size(); j++) {
				String id = in.id(instanceNodes.get(j), at + "instances[" + j + "].", "instance_id");
				if (id != null) {
					instanceIds.add(id);
				}
			}
			instanceCount += instanceIds.size();
			lines.add(new NewOrder.Line(lineId, (productId != null) ? productId : 0, (specId != null) ? specId : 0,
					mode, periodType, (periodNumber != null) ? periodNumber.intValue() : null, expireAt, lineAmount,
					instanceIds));
		}
		if (instanceCount > MAX_INSTANCES) {
			in.fail("", "lines", "an order carries at most " + MAX_INSTANCES + " instances");
		}
		in.throwIfInvalid();
		return new NewOrder(orderId, merchant, type, status, createdAt, paidAt, currency, amount,
				new NewOrder.Customer(customerId, customerName, accountName), lines);
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
