package io.sellercenter.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.merchant.Merchant;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.Rows.InstanceRow;
import io.sellercenter.order.Rows.LineRow;
import io.sellercenter.order.Rows.OrderRow;
import io.sellercenter.order.Rows.StateRow;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.ProductType;
import io.sellercenter.product.ProductView;
import io.sellercenter.product.Spec;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform tells the portal about orders: new orders with their lines and
 * instances, status changes, and instances frozen, unfrozen or released. Each call either
 * changes everything it asks for or nothing ({@link OrderRejected}). Callers make them
 * idempotent with {@link PlatformEvents}.
 */
@Service
public class OrderIntake {

	private final OrderMapper orders;

	private final MerchantService merchants;

	private final ProductService products;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final List<CompletionHold> holds;

	OrderIntake(OrderMapper orders, MerchantService merchants, ProductService products, Clock clock,
			ApplicationEventPublisher events, List<CompletionHold> holds) {
		this.orders = orders;
		this.merchants = merchants;
		this.products = products;
		this.clock = clock;
		this.events = events;
		this.holds = holds;
	}

	/** The merchant of a platform call, by its account ({@code domain_id}). */
	public Optional<MerchantId> merchant(String domainId) {
		return (domainId == null) ? Optional.empty()
				: this.merchants.findByDomainId(domainId).map(Merchant::merchantId);
	}

	/**
	 * Stores a new order: its merchant, and every line's product and spec, must exist and
	 * belong together; ids must be new.
	 */
	@Transactional
	public Received receive(NewOrder order, String eventId) {
		MerchantId merchant = merchant(order.merchant())
			.orElseThrow(() -> new OrderRejected(Reason.INVALID, "merchant", "unknown merchant"));
		List<Violation> violations = new ArrayList<>();
		List<LineRow> lines = checkLines(merchant, order, violations);
		checkNewIds(order, violations);
		if (!violations.isEmpty()) {
			throw new OrderRejected(Reason.INVALID, violations);
		}
		if (this.orders.countOrderIds(order.orderId()) > 0) {
			throw new OrderRejected(Reason.CONFLICT, "order_id", "an order with this id exists already");
		}
		LocalDateTime now = now();
		OrderRow row = new OrderRow();
		row.orderId = order.orderId();
		row.orderType = order.type();
		row.status = order.status();
		row.createdAt = order.createdAt();
		row.paidAt = order.paidAt();
		row.currency = order.currency();
		row.amount = order.amount();
		row.customerId = order.customer().id();
		row.customerName = order.customer().name();
		row.customerAccountName = order.customer().accountName();
		row.receivedAt = now;
		row.updatedAt = now;
		row.lineSummary = summary(order, lines);
		this.orders.insertOrder(merchant, row);
		List<InstanceRow> instances = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			LineRow line = lines.get(i);
			line.orderRef = row.id;
			this.orders.insertLine(merchant, line);
			for (String instanceId : order.lines().get(i).instanceIds()) {
				InstanceRow instance = new InstanceRow();
				instance.instanceId = instanceId;
				instance.orderRef = row.id;
				instance.lineRef = line.id;
				instance.productId = line.productId;
				instance.specId = line.specId;
				instance.status = InstanceStatus.NORMAL;
				instance.onDemand = line.chargingMode.onDemand();
				instance.createdAt = (order.paidAt() != null) ? order.paidAt() : order.createdAt();
				instance.expireAt = line.expireAt;
				instances.add(instance);
			}
		}
		if (!instances.isEmpty()) {
			this.orders.insertInstances(merchant, instances);
		}
		this.orders.insertHistory(merchant, row.id, null, null, order.status().name(), eventId, order.createdAt(), now);
		if (order.status() == OrderStatus.PROCESSING || order.status() == OrderStatus.COMPLETED) {
			this.events.publishEvent(new OrderPaid(merchant, row.id, row.orderId, row.orderType, row.status,
					(row.paidAt != null) ? row.paidAt : row.createdAt, row.customerId, row.customerName,
					row.customerAccountName));
		}
		if (!instances.isEmpty()) {
			this.events.publishEvent(new InstancesChanged(merchant, instances.stream()
				.map((i) -> new InstancesChanged.Change(i.productId,
						lines.stream().filter((l) -> l.id == i.lineRef).findFirst().orElseThrow().chargingMode, 1))
				.toList()));
		}
		return new Received(merchant, order.orderId(), order.status());
	}

	/** The lines as the export reads them from the order row. */
	private static String summary(NewOrder order, List<LineRow> lines) {
		List<LineSummary.Entry> entries = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			LineRow line = lines.get(i);
			entries.add(new LineSummary.Entry(line.productId, line.specId, line.chargingMode, line.amount,
					order.lines().get(i).instanceIds()));
		}
		return LineSummary.encode(entries);
	}

	/** Moves an order to another status, if its present one allows that. */
	@Transactional
	public Received changeStatus(String orderId, OrderStatus status, LocalDateTime changedAt, LocalDateTime paidAt,
			String eventId) {
		StateRow row = this.orders.lockOrder(orderId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "order_id", "unknown order"));
		MerchantId merchant = new MerchantId(row.merchantId);
		OrderStatus from = OrderStatus.valueOf(row.status);
		if (!from.canMoveTo(status)) {
			throw new OrderRejected(Reason.CONFLICT, "status", "the order is " + from + " and cannot become " + status);
		}
		if (status == OrderStatus.COMPLETED) {
			for (CompletionHold hold : this.holds) {
				String why = hold.holds(row.id);
				if (why != null) {
					throw new OrderRejected(Reason.CONFLICT, "status", why);
				}
			}
		}
		LocalDateTime now = now();
		this.orders.updateStatus(merchant, row.id, from, status,
				(status == OrderStatus.PROCESSING || status == OrderStatus.COMPLETED)
						? ((paidAt != null) ? paidAt : changedAt) : null,
				now);
		this.orders.insertHistory(merchant, row.id, null, from.name(), status.name(), eventId, changedAt, now);
		if (from == OrderStatus.PENDING_PAYMENT
				&& (status == OrderStatus.PROCESSING || status == OrderStatus.COMPLETED)) {
			// The customer and the times as stored: the listeners read what the order is.
			this.orders.orderRow(merchant, row.id)
				.ifPresent((paid) -> this.events.publishEvent(new OrderPaid(merchant, paid.id, paid.orderId,
						paid.orderType, status, (paid.paidAt != null) ? paid.paidAt : changedAt, paid.customerId,
						paid.customerName, paid.customerAccountName)));
		}
		else if (status == OrderStatus.CANCELLED) {
			this.events
				.publishEvent(new OrderCancelled(merchant, row.id, orderId, changedAt, from == OrderStatus.PROCESSING));
		}
		return new Received(merchant, orderId, status);
	}

	/** Freezes, unfreezes or releases an instance, if its present state allows that. */
	@Transactional
	public InstanceChanged changeInstance(String instanceId, InstanceAction action, LocalDateTime changedAt,
			String eventId) {
		StateRow row = this.orders.lockInstance(instanceId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "instance_id", "unknown instance"));
		MerchantId merchant = new MerchantId(row.merchantId);
		InstanceStatus from = InstanceStatus.valueOf(row.status);
		if (!action.allowedFrom(from)) {
			throw new OrderRejected(Reason.CONFLICT, "instance_id",
					"the instance is " + from + " and cannot be " + action.name().toLowerCase() + "d");
		}
		LocalDateTime now = now();
		this.orders.updateInstance(merchant, row.id, from, action.to(),
				(action == InstanceAction.RELEASE) ? changedAt : null, now);
		this.orders.insertHistory(merchant, row.orderRef, instanceId, from.name(), action.to().name(), eventId,
				changedAt, now);
		this.events.publishEvent(new InstanceActed(merchant, instanceId, row.orderRef, row.orderId, row.lineRef,
				row.productId, action, changedAt));
		if (action == InstanceAction.RELEASE) {
			this.events.publishEvent(new InstancesChanged(merchant,
					List.of(new InstancesChanged.Change(row.productId, row.chargingMode, -1))));
		}
		return new InstanceChanged(merchant, instanceId, row.orderId, action.to());
	}

	/**
	 * The platform renewed an instance: its new expiry. A released instance cannot be
	 * renewed.
	 */
	@Transactional
	public InstanceChanged renewInstance(String instanceId, LocalDateTime expireAt, String eventId) {
		StateRow row = this.orders.lockInstance(instanceId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "instance_id", "unknown instance"));
		MerchantId merchant = new MerchantId(row.merchantId);
		InstanceStatus status = InstanceStatus.valueOf(row.status);
		if (status == InstanceStatus.RELEASED) {
			throw new OrderRejected(Reason.CONFLICT, "instance_id", "the instance is RELEASED and cannot be renewed");
		}
		this.orders.updateInstanceExpiry(merchant, row.id, expireAt, now());
		this.events.publishEvent(new InstanceRenewed(merchant, instanceId, row.orderRef, row.orderId, row.lineRef,
				row.productId, expireAt));
		return new InstanceChanged(merchant, instanceId, row.orderId, status);
	}

	/**
	 * The platform changed an instance to another spec of its product (a CHANGE order's
	 * upgrade or downgrade). A released instance cannot change.
	 */
	@Transactional
	public InstanceChanged changeInstanceSpec(String instanceId, long specId, String eventId) {
		StateRow row = this.orders.lockInstance(instanceId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "instance_id", "unknown instance"));
		MerchantId merchant = new MerchantId(row.merchantId);
		InstanceStatus status = InstanceStatus.valueOf(row.status);
		if (status == InstanceStatus.RELEASED) {
			throw new OrderRejected(Reason.CONFLICT, "instance_id", "the instance is RELEASED and cannot change");
		}
		boolean ofTheProduct = this.products.product(new Viewer(merchant, null, now()), row.productId)
			.map((view) -> view.specs().stream().anyMatch((spec) -> spec.id() == specId))
			.orElse(false);
		if (!ofTheProduct) {
			throw new OrderRejected(Reason.INVALID, "spec_id", "not a spec of the instance's product");
		}
		this.orders.updateInstanceSpec(merchant, row.id, specId, now());
		this.events.publishEvent(new InstanceUpgraded(merchant, instanceId, row.orderRef, row.orderId, row.lineRef,
				row.productId, specId));
		return new InstanceChanged(merchant, instanceId, row.orderId, status);
	}

	private List<LineRow> checkLines(MerchantId merchant, NewOrder order, List<Violation> violations) {
		Viewer viewer = new Viewer(merchant, null, now());
		List<LineRow> rows = new ArrayList<>();
		for (int i = 0; i < order.lines().size(); i++) {
			NewOrder.Line line = order.lines().get(i);
			String at = "lines[" + i + "].";
			Optional<ProductView> product = this.products.product(viewer, line.productId());
			if (product.isEmpty()) {
				violations.add(new Violation(at + "product_id", "unknown product of merchant " + order.merchant()));
				continue;
			}
			if (product.get().product().type() == ProductType.CONSULTING) {
				violations.add(new Violation(at + "product_id",
						"consulting services are sold on the merchant's own site and take no orders"));
				continue;
			}
			Optional<Spec> spec = product.get().specs().stream().filter((s) -> s.id() == line.specId()).findFirst();
			if (spec.isEmpty()) {
				violations.add(new Violation(at + "spec_id", "not a spec of product " + line.productId()));
				continue;
			}
			if (!line.chargingMode().fits(spec.get().chargingMode())) {
				violations.add(new Violation(at + "charging_mode",
						line.chargingMode() + " does not fit the spec, which is priced " + spec.get().chargingMode()));
			}
			if (line.chargingMode() == OrderChargingMode.PERIOD) {
				PeriodType expected = switch (spec.get().chargingMode()) {
					case YEARLY -> PeriodType.YEAR;
					default -> PeriodType.MONTH;
				};
				if (line.periodType() == null) {
					violations.add(new Violation(at + "period_type", "required for PERIOD lines"));
				}
				// A trial may be counted in days whatever the spec is sold by (the
				// marketplace's day trial); anything else is sold by the spec's period.
				else if (spec.get().chargingMode().periodic() && line.periodType() != expected
						&& !(order.type() == OrderType.TRIAL && line.periodType() == PeriodType.DAY)) {
					violations.add(new Violation(at + "period_type", "the spec is sold by " + expected));
				}
				if (line.periodNumber() == null) {
					violations.add(new Violation(at + "period_number", "required for PERIOD lines"));
				}
			}
			LineRow row = new LineRow();
			row.orderLineId = line.orderLineId();
			row.productId = line.productId();
			row.specId = line.specId();
			row.chargingMode = line.chargingMode();
			row.periodType = line.periodType();
			row.periodNumber = line.periodNumber();
			row.expireAt = line.expireAt();
			row.amount = line.amount();
			rows.add(row);
		}
		return rows;
	}

	private void checkNewIds(NewOrder order, List<Violation> violations) {
		List<String> lineIds = order.lines().stream().map(NewOrder.Line::orderLineId).toList();
		Set<String> existingLines = new HashSet<>(this.orders.existingLineIds(lineIds));
		Set<String> seenLines = new HashSet<>();
		List<String> instanceIds = order.lines().stream().flatMap((l) -> l.instanceIds().stream()).toList();
		Set<String> existingInstances = instanceIds.isEmpty() ? Set.of()
				: new HashSet<>(this.orders.existingInstanceIds(instanceIds));
		Set<String> seenInstances = new HashSet<>();
		for (int i = 0; i < order.lines().size(); i++) {
			NewOrder.Line line = order.lines().get(i);
			if (existingLines.contains(line.orderLineId()) || !seenLines.add(line.orderLineId())) {
				violations.add(new Violation("lines[" + i + "].order_line_id", "an order line with this id exists"));
			}
			for (int j = 0; j < line.instanceIds().size(); j++) {
				String id = line.instanceIds().get(j);
				if (existingInstances.contains(id) || !seenInstances.add(id)) {
					violations.add(new Violation("lines[" + i + "].instances[" + j + "].instance_id",
							"an instance with this id exists"));
				}
			}
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/** What a call changed, for its answer. */
	public record Received(MerchantId merchant, String orderId, OrderStatus status) {

	}

	public record InstanceChanged(MerchantId merchant, String instanceId, String orderId, InstanceStatus status) {

	}

}
