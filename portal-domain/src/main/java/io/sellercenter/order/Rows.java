package io.sellercenter.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Rows as the mappers read and write them. */
final class Rows {

	private Rows() {
	}

	static class OrderRow {

		Long id;

		long merchantId;

		String orderId;

		OrderType orderType;

		OrderStatus status;

		LocalDateTime createdAt;

		LocalDateTime paidAt;

		String currency;

		BigDecimal amount;

		String customerId;

		String customerName;

		String customerAccountName;

		LocalDateTime receivedAt;

		LocalDateTime updatedAt;

		/** Written at intake only (see LineSummary). */
		String lineSummary;

		List<LineRow> lines = new ArrayList<>();

		Order toOrder() {
			return new Order(this.orderId, this.orderType, this.status, this.createdAt, this.paidAt, this.currency,
					this.amount, this.customerId, this.customerName, this.customerAccountName,
					this.lines.stream().map(LineRow::toLine).toList());
		}

	}

	static class LineRow {

		Long id;

		long orderRef;

		String orderLineId;

		long productId;

		String productNameZh;

		String productNameEn;

		long specId;

		String specNameZh;

		String specNameEn;

		OrderChargingMode chargingMode;

		PeriodType periodType;

		Integer periodNumber;

		LocalDateTime expireAt;

		BigDecimal amount;

		OrderLine toLine() {
			return new OrderLine(this.orderLineId, this.productId, this.productNameZh, this.productNameEn, this.specId,
					this.specNameZh, this.specNameEn, this.chargingMode, this.periodType, this.periodNumber,
					this.expireAt, this.amount);
		}

	}

	static class InstanceRow {

		Long id;

		long merchantId;

		String instanceId;

		long orderRef;

		long lineRef;

		String orderLineId;

		long productId;

		long specId;

		InstanceStatus status;

		boolean onDemand;

		LocalDateTime createdAt;

		LocalDateTime expireAt;

		LocalDateTime releasedAt;

		Instance toInstance() {
			return new Instance(this.instanceId, this.orderLineId, this.productId, this.specId, this.status,
					this.onDemand, this.createdAt, this.expireAt, this.releasedAt);
		}

	}

	/** An order or instance locked for a status change. */
	static class StateRow {

		long id;

		long merchantId;

		long orderRef;

		String orderId;

		String status;

		/** Of orders only. */
		OrderType orderType;

		/** Of instances only: the product, the line and its charging mode. */
		long productId;

		long lineRef;

		OrderChargingMode chargingMode;

	}

	/** One row of the export query: an order, with its lines as a line summary. */
	record ExportRow(String orderId, OrderType orderType, OrderStatus status, LocalDateTime createdAt,
			LocalDateTime paidAt, String currency, BigDecimal amount, String customerName, String customerAccountName,
			String lineSummary) {
	}

	/** A product ('P') or spec ('S') name, for the export. */
	static class NameRow {

		String kind;

		long id;

		String nameZh;

		String nameEn;

	}

}
