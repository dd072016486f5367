package io.sellercenter.idp.merchant;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.sellercenter.idp.merchant.Instances.Instance;
import io.sellercenter.idp.merchant.Instances.OrderLine;
import io.sellercenter.idp.merchant.Instances.State;

/**
 * What the merchant does for each activity, on fields already authenticated and read from
 * either contract.
 */
class Activities {

	static final DateTimeFormatter EXPIRE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Instances instances;

	Activities(Instances instances) {
		this.instances = instances;
	}

	/**
	 * @param legacy whether the call came by V1, which also knows {@code expireInstance}
	 * and {@code instanceStatus}
	 */
	Answer handle(Map<String, String> fields, boolean legacy, Mode mode) {
		String activity = fields.getOrDefault("activity", "");
		return switch (activity) {
			case "newInstance" -> newInstance(fields, mode);
			case "queryInstance" -> query(fields);
			case "refreshInstance" -> refresh(fields);
			case "updateInstanceStatus" -> updateStatus(fields);
			case "releaseInstance" -> release(fields);
			case "upgradeInstance" -> upgrade(fields);
			case "expireInstance" -> legacy ? expire(fields) : unknown(activity);
			// V1's name for asking after an instance's status.
			case "instanceStatus" -> legacy ? query(fields) : unknown(activity);
			default -> unknown(activity);
		};
	}

	private Answer newInstance(Map<String, String> fields, Mode mode) {
		// A period subscription has a period and an end; one-time and on-demand lines do
		// not.
		Stream<String> required = Stream.concat(
				Stream.of("orderId", "orderLineId", "customerId", "customerName", "productId", "skuCode",
						"chargingMode"),
				"PERIOD".equalsIgnoreCase(fields.get("chargingMode"))
						? Stream.of("periodType", "periodNumber", "expireTime") : Stream.empty());
		Optional<Answer> bad = missing(fields, required.toArray(String[]::new)).or(() -> malformed(fields));
		if (bad.isPresent()) {
			return bad.get();
		}
		OrderLine line = new OrderLine(fields.get("orderId"), fields.get("orderLineId"));
		if (mode == Mode.PROCESSING && this.instances.find(line).isEmpty() && this.instances.startProcessing(line)) {
			return Answer.of(Answer.PROCESSING, "processing, ask again with queryInstance");
		}
		Instance instance = this.instances.open(line, fields.get("skuCode"), fields.get("expireTime"));
		if (instance.state() == State.RELEASED && debug(fields)) {
			// Debug and dial tests reuse the same mock order lines over and over.
			instance = this.instances.update(instance, (it) -> it.withState(State.NORMAL));
		}
		return Answer.ok("instance opened").with("instanceId", instance.id());
	}

	/** By instance id, or by order line when the create answered 000004. */
	private Answer query(Map<String, String> fields) {
		if (has(fields, "instanceId")) {
			return this.instances.find(fields.get("instanceId"))
				.map((instance) -> described(instance, "instance found"))
				.orElseGet(Activities::notFound);
		}
		Optional<Answer> bad = missing(fields, "orderId", "orderLineId")
			.map((missing) -> Answer.of(Answer.BAD_PARAMETER, "instanceId, or orderId and orderLineId, required"));
		if (bad.isPresent()) {
			return bad.get();
		}
		OrderLine line = new OrderLine(fields.get("orderId"), fields.get("orderLineId"));
		Optional<Instance> instance = this.instances.find(line);
		if (instance.isEmpty() && this.instances.isProcessing(line)) {
			instance = Optional.of(this.instances.open(line, fields.getOrDefault("skuCode", ""), null));
		}
		return instance.map((it) -> described(it, "instance found")).orElseGet(Activities::notFound);
	}

	private Answer refresh(Map<String, String> fields) {
		return change(fields, List.of("expireTime", "periodType", "periodNumber"),
				(instance) -> instance.withExpireTime(fields.get("expireTime")), "instance renewed");
	}

	private Answer updateStatus(Map<String, String> fields) {
		String status = fields.getOrDefault("instanceStatus", "");
		if (has(fields, "instanceStatus") && !status.equals("FREEZE") && !status.equals("UNFREEZE")) {
			return Answer.of(Answer.BAD_PARAMETER, "instanceStatus must be FREEZE or UNFREEZE");
		}
		State state = status.equals("FREEZE") ? State.FROZEN : State.NORMAL;
		return change(fields, List.of("instanceStatus"), (instance) -> instance.withState(state),
				"instance status updated");
	}

	private Answer upgrade(Map<String, String> fields) {
		return change(fields, List.of("skuCode"), (instance) -> instance.withSkuCode(fields.get("skuCode")),
				"instance upgraded");
	}

	/** V1: the instance expired; the merchant stops the service until a renewal. */
	private Answer expire(Map<String, String> fields) {
		return change(fields, List.of(), (instance) -> instance.withState(State.FROZEN), "instance expired");
	}

	/** Releasing twice is no error: the marketplace repeats calls it got no answer to. */
	private Answer release(Map<String, String> fields) {
		Optional<Answer> bad = missing(fields, "instanceId");
		if (bad.isPresent()) {
			return bad.get();
		}
		return this.instances.find(fields.get("instanceId"))
			.map((instance) -> this.instances.update(instance, (it) -> it.withState(State.RELEASED)))
			.map((instance) -> Answer.ok("instance released").with("instanceId", instance.id()))
			.orElseGet(Activities::notFound);
	}

	private Answer change(Map<String, String> fields, List<String> required, UnaryOperator<Instance> change,
			String done) {
		Optional<Answer> bad = missing(fields,
				Stream.concat(Stream.of("instanceId"), required.stream()).toArray(String[]::new))
			.or(() -> malformed(fields));
		if (bad.isPresent()) {
			return bad.get();
		}
		Optional<Instance> instance = this.instances.find(fields.get("instanceId"));
		if (instance.isEmpty()) {
			return notFound();
		}
		if (instance.get().state() == State.RELEASED && !debug(fields)) {
			return Answer.of(Answer.OTHER_ERROR, "instance already released");
		}
		return described(this.instances.update(instance.get(), change), done);
	}

	private static Answer described(Instance instance, String message) {
		Answer answer = Answer.ok(message)
			.with("instanceId", instance.id())
			.with("orderId", instance.line().orderId())
			.with("orderLineId", instance.line().orderLineId())
			.with("instanceStatus", instance.state().name())
			.with("skuCode", instance.skuCode());
		return (instance.expireTime() != null) ? answer.with("expireTime", instance.expireTime()) : answer;
	}

	private static Optional<Answer> missing(Map<String, String> fields, String... names) {
		List<String> missing = Stream.of(names).filter((name) -> !has(fields, name)).toList();
		return missing.isEmpty() ? Optional.empty()
				: Optional.of(Answer.of(Answer.BAD_PARAMETER, "missing " + String.join(", ", missing)));
	}

	/** The fields present whose shape the contract fixes. */
	private static Optional<Answer> malformed(Map<String, String> fields) {
		if (has(fields, "expireTime")) {
			try {
				LocalDateTime.parse(fields.get("expireTime"), EXPIRE_TIME);
			}
			catch (DateTimeParseException ex) {
				return Optional.of(Answer.of(Answer.BAD_PARAMETER, "expireTime must be yyyyMMddHHmmss"));
			}
		}
		if (has(fields, "periodNumber") && !fields.get("periodNumber").matches("[1-9][0-9]{0,3}")) {
			return Optional.of(Answer.of(Answer.BAD_PARAMETER, "periodNumber must be a positive whole number"));
		}
		return Optional.empty();
	}

	private static boolean has(Map<String, String> fields, String name) {
		String value = fields.get(name);
		return value != null && !value.isBlank();
	}

	private static boolean debug(Map<String, String> fields) {
		return "1".equals(fields.get("testFlag"));
	}

	private static Answer notFound() {
		return Answer.of(Answer.NOT_FOUND, "instance not found");
	}

	private static Answer unknown(String activity) {
		return Answer.of(Answer.BAD_PARAMETER, activity.isEmpty() ? "missing activity"
				: "unknown activity " + activity.substring(0, Math.min(64, activity.length())));
	}

}
