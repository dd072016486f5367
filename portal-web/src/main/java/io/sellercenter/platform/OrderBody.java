package io.sellercenter.platform;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /orders}: an order with its customer, lines and instances, as sent. The
 * fields are checked in the order they are declared, and the answer names them in that
 * order.
 */
record OrderBody(@Sent.Required @Sent.Id JsonNode orderId, @Sent.Required @Sent.Id JsonNode merchant,
		@Sent.Required @Sent.OneOf(OrderType.class) JsonNode orderType,
		@Sent.Required @Sent.OneOf(OrderStatus.class) JsonNode status, @Sent.Required @Sent.Time JsonNode createdAt,
		@Sent.Time JsonNode paidAt, @Sent.Required @Sent.Currency JsonNode currency,
		@Sent.Required @Sent.Amount JsonNode amount, @Sent.Required @Valid Customer customer,
		@Sent.Required @Sent.Items(min = 1,
				max = OrderBody.MAX_LINES) List<@NotNull(message = "must be an object") @Valid Line> lines) {

	/** Lines and instances one order may carry. */
	static final int MAX_LINES = 100;

	static final int MAX_INSTANCES = 1000;

	/**
	 * The well-formed instance ids of the order, in lines whose instances are within
	 * bounds: what would be stored.
	 */
	long instanceCount() {
		if (this.lines == null || this.lines.size() > MAX_LINES) {
			return 0;
		}
		return this.lines.stream()
			.filter((line) -> line != null && line.instances().size() <= MAX_INSTANCES)
			.flatMap((line) -> line.instances().stream())
			.filter((instance) -> Sent.isId(Sent.string(instance.instanceId())))
			.count();
	}

	/** The order, once it is valid. */
	NewOrder toNewOrder() {
		return new NewOrder(Sent.string(this.orderId), Sent.string(this.merchant),
				Sent.choice(this.orderType, OrderType.class), Sent.choice(this.status, OrderStatus.class),
				Sent.time(this.createdAt), Sent.time(this.paidAt), Sent.string(this.currency), Sent.amount(this.amount),
				new NewOrder.Customer(Sent.string(this.customer.id()), Sent.text(this.customer.name()),
						Sent.text(this.customer.accountName())),
				this.lines.stream().map(Line::toLine).toList());
	}

	record Customer(@Sent.Required @Sent.Id JsonNode id, @Sent.Required @Sent.Text(max = 200) JsonNode name,
			@Sent.Required @Sent.Text(max = 100) JsonNode accountName) {

	}

	record Line(@Sent.Required @Sent.Id JsonNode orderLineId, @Sent.Required @Sent.WholeNumber JsonNode productId,
			@Sent.Required @Sent.WholeNumber JsonNode specId,
			@Sent.Required @Sent.OneOf(OrderChargingMode.class) JsonNode chargingMode,
			@Sent.OneOf(PeriodType.class) JsonNode periodType, @Sent.WholeNumber(max = 1200) JsonNode periodNumber,
			@Sent.Time JsonNode expireTime, @Sent.Required @Sent.Amount JsonNode amount,
			@Sent.Items(min = 0, max = OrderBody.MAX_INSTANCES) List<@Valid Instance> instances) {

		/**
		 * No instances is an empty list; an entry that is not an object (null, a string)
		 * is an instance without an id.
		 */
		Line {
			instances = (instances != null)
					? instances.stream().map((instance) -> (instance != null) ? instance : new Instance(null)).toList()
					: List.of();
		}

		NewOrder.Line toLine() {
			Long period = Sent.number(this.periodNumber);
			return new NewOrder.Line(Sent.string(this.orderLineId), Sent.number(this.productId),
					Sent.number(this.specId), Sent.choice(this.chargingMode, OrderChargingMode.class),
					Sent.choice(this.periodType, PeriodType.class), (period != null) ? period.intValue() : null,
					Sent.time(this.expireTime), Sent.amount(this.amount),
					this.instances.stream().map((instance) -> Sent.string(instance.instanceId())).toList());
		}

	}

	record Instance(@Sent.Required @Sent.Id JsonNode instanceId) {

	}

}
