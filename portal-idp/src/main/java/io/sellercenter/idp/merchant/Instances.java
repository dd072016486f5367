package io.sellercenter.idp.merchant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The instances this merchant opened, by id and by order line, in memory. Bounded: the
 * oldest go first, so that a long run of dial tests never fills the heap.
 */
class Instances {

	static final int MAX_INSTANCES = 10_000;

	private final Map<String, Instance> byId = new LinkedHashMap<>();

	private final Map<OrderLine, String> byOrderLine = new LinkedHashMap<>();

	/** Order lines that answered 000004 once (the PROCESSING mode), oldest first. */
	private final Map<OrderLine, Boolean> pending = new LinkedHashMap<>();

	/**
	 * The order line's instance, opened now if it has none: the marketplace repeats a
	 * create it did not hear the answer to, and must get the same instance back.
	 */
	synchronized Instance open(OrderLine line, String skuCode, @Nullable String expireTime) {
		this.pending.remove(line);
		String existing = this.byOrderLine.get(line);
		if (existing != null && this.byId.containsKey(existing)) {
			return this.byId.get(existing);
		}
		Instance instance = new Instance("demo-" + UUID.randomUUID().toString().replace("-", ""), line, skuCode,
				expireTime, State.NORMAL);
		if (this.byId.size() >= MAX_INSTANCES) {
			Instance oldest = this.byId.values().iterator().next();
			this.byId.remove(oldest.id());
			this.byOrderLine.remove(oldest.line());
		}
		this.byId.put(instance.id(), instance);
		this.byOrderLine.put(line, instance.id());
		return instance;
	}

	synchronized Optional<Instance> find(String instanceId) {
		return Optional.ofNullable(this.byId.get(instanceId));
	}

	synchronized Optional<Instance> find(OrderLine line) {
		String id = this.byOrderLine.get(line);
		return Optional.ofNullable((id != null) ? this.byId.get(id) : null);
	}

	synchronized Instance update(Instance instance, UnaryOperator<Instance> change) {
		Instance changed = change.apply(instance);
		this.byId.replace(instance.id(), changed);
		return changed;
	}

	/** Marks the line as being processed; false when it already was. */
	synchronized boolean startProcessing(OrderLine line) {
		if (this.pending.containsKey(line)) {
			return false;
		}
		if (this.pending.size() >= MAX_INSTANCES) {
			this.pending.remove(this.pending.keySet().iterator().next());
		}
		this.pending.put(line, Boolean.TRUE);
		return true;
	}

	synchronized boolean isProcessing(OrderLine line) {
		return this.pending.containsKey(line);
	}

	record OrderLine(String orderId, String orderLineId) {
	}

	enum State {

		NORMAL, FROZEN, RELEASED

	}

	record Instance(String id, OrderLine line, String skuCode, @Nullable String expireTime, State state) {

		Instance withState(State state) {
			return new Instance(this.id, this.line, this.skuCode, this.expireTime, state);
		}

		Instance withExpireTime(String expireTime) {
			return new Instance(this.id, this.line, this.skuCode, expireTime, this.state);
		}

		Instance withSkuCode(String skuCode) {
			return new Instance(this.id, this.line, skuCode, this.expireTime, this.state);
		}

	}

}
