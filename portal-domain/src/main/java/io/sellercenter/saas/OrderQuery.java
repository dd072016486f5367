package io.sellercenter.saas;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sellercenter.order.Order;
import io.sellercenter.order.OrderLine;
import io.sellercenter.order.OrderService;
import io.sellercenter.saas.MockOrders.MockOrder;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;

/**
 * The order-query API's reading (SPEC §12): an order of the merchant whose key signed the
 * request, all its lines or one of them; or a mock order, which every merchant may read.
 * Another merchant's order is not found, exactly as one that does not exist, so the
 * answer never tells that an order id is taken.
 */
@Service
public class OrderQuery {

	/** The longest order or line id, as the platform's ids are (order_id VARCHAR(64)). */
	public static final int MAX_ID_LENGTH = 64;

	/** The characters of the platform's ids (the platform API's rule). */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}+");

	private final OrderService orders;

	private final Clock clock;

	OrderQuery(OrderService orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	/** Whether a text can be an order or order line id at all. */
	public static boolean wellFormedId(String id) {
		return id != null && id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
	}

	/**
	 * The order, with only the named line when {@code orderLineId} is given (empty when
	 * the order has no such line).
	 */
	public Optional<QueriedOrder> find(MerchantId merchant, String orderId, String orderLineId) {
		if (!wellFormedId(orderId) || (orderLineId != null && !wellFormedId(orderLineId))) {
			return Optional.empty();
		}
		if (MockOrders.isMock(orderId)) {
			Optional<MockOrder> mock = MockOrders.find(this.clock, orderId, orderLineId);
			if (mock.isPresent()) {
				return mock.map(OrderQuery::ofMock);
			}
		}
		return this.orders.order(merchant, orderId).flatMap((order) -> {
			List<OrderLine> lines = order.lines()
				.stream()
				.filter((line) -> orderLineId == null || line.orderLineId().equals(orderLineId))
				.toList();
			return lines.isEmpty() ? Optional.empty() : Optional.of(ofOrder(order, lines));
		});
	}

	private static QueriedOrder ofOrder(Order order, List<OrderLine> lines) {
		return new QueriedOrder(order.orderId(), order.type(), order.createdAt(), order.customerId(),
				order.customerName(), order.customerAccountName(),
				lines.stream()
					.map((line) -> new QueriedOrder.Line(line.orderLineId(), line.chargingMode(), line.periodType(),
							line.periodNumber(), line.expireAt(), String.valueOf(line.productId()),
							String.valueOf(line.specId()), productName(line), line.amount()))
					.toList());
	}

	/** The marketplace's own language first; the English name when there is no other. */
	private static String productName(OrderLine line) {
		return (line.productNameZh() != null && !line.productNameZh().isBlank()) ? line.productNameZh()
				: line.productNameEn();
	}

	private static QueriedOrder ofMock(MockOrder mock) {
		return new QueriedOrder(mock.orderId(), mock.orderType(), mock.createTime(), mock.customerId(),
				mock.customerName(), mock.userName(),
				List.of(new QueriedOrder.Line(mock.orderLineId(), mock.chargingMode(), mock.periodType(),
						mock.periodNumber(), mock.expireTime(), mock.productId(), mock.skuCode(), mock.productName(),
						mock.amount())));
	}

}
