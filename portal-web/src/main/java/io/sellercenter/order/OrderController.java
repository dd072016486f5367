package io.sellercenter.order;

import io.sellercenter.product.ProductAccess;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 查询订单: the order list and an order's details. */
@Controller
@RequiresMenu(Menu.ORDERS)
class OrderController {

	static final int PAGE_SIZE = 20;

	private final OrderService orders;

	private final ProductAccess access;

	OrderController(OrderService orders, ProductAccess access) {
		this.orders = orders;
		this.access = access;
	}

	/** Values that do not parse (a mistyped date, an unknown status) are no filter. */
	@GetMapping("/orders")
	String list(CurrentUser user, OrderQuery query, BindingResult unparsed,
			@RequestParam(required = false) Integer page, Model model) {
		OrderPage result = this.orders.search(this.access.viewer(user), query.toFilter(),
				PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("page", result.page());
		model.addAttribute("totalCapped", result.capped());
		model.addAttribute("countCap", OrderService.COUNT_CAP);
		model.addAttribute("query", query);
		model.addAttribute("filterQuery", query.queryString());
		model.addAttribute("filterParams", query.params());
		model.addAttribute("toggledSort", query.toggledSort());
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("types", OrderType.values());
		model.addAttribute("modes", OrderChargingMode.values());
		return "orders/orderList";
	}

	@GetMapping("/orders/{orderId}")
	String show(CurrentUser user, @PathVariable String orderId, Model model) {
		OrderDetails details = this.orders.details(this.access.viewer(user), orderId)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("order", details.order());
		return "orders/orderDetails";
	}

}
