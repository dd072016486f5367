package io.sellercenter.order;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
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

	private final OrderService orders;

	private final ObjectProvider<LineProvisioning> provisioning;

	OrderController(OrderService orders, ObjectProvider<LineProvisioning> provisioning) {
		this.provisioning = provisioning;
		this.orders = orders;
	}

	/** Values that do not parse (a mistyped date, an unknown status) are no filter. */
	@GetMapping("/orders")
	String list(Viewer viewer, OrderQuery query, BindingResult unparsed, @RequestParam(required = false) Integer page,
			Model model) {
		OrderPage result = this.orders.search(viewer, query.toFilter(), PageRequest.of(page));
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
	String show(Viewer viewer, @PathVariable String orderId, Model model) {
		OrderDetails details = this.orders.details(viewer, orderId).orElseThrow(NotFoundException::new);
		model.addAttribute("details", details);
		LineProvisioning provisioning = this.provisioning.getIfAvailable();
		model.addAttribute("provisioning", (provisioning != null)
				? provisioning.states(viewer.merchant(), details.order().orderId()) : java.util.Map.of());
		model.addAttribute("order", details.order());
		return "orders/orderDetails";
	}

}
