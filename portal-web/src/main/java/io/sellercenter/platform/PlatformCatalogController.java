package io.sellercenter.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.product.Product;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.ProductStatus;
import io.sellercenter.product.ProductView;
import io.sellercenter.product.Spec;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storefront reads a merchant's catalogue: its products on sale (hidden ones too,
 * flagged, since they stay buyable by URL) with their specs and prices, a page at a time.
 */
@RestController
@RequestMapping(path = "/api/platform/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlatformCatalogController {

	private final ProductService products;

	private final OrderIntake intake;

	private final Clock clock;

	PlatformCatalogController(ProductService products, OrderIntake intake, Clock clock) {
		this.products = products;
		this.intake = intake;
		this.clock = clock;
	}

	@GetMapping("/products")
	ResponseEntity<String> products(@RequestParam(required = false) String merchant,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1);
		int pageSize = number("size", size, 1, PageRequest.MAX_SIZE, 20);
		if (merchant == null || merchant.isBlank()) {
			throw new OrderRejected(Reason.INVALID, "merchant", "is required (the merchant's domain_id)");
		}
		MerchantId merchantId = this.intake.merchant(merchant)
			.orElseThrow(() -> new OrderRejected(Reason.INVALID, "merchant", "unknown merchant"));
		Viewer viewer = new Viewer(merchantId, null, LocalDateTime.now(this.clock));
		Page<Product> listed = this.products.products(viewer, null, null, ProductStatus.ON_SALE,
				new PageRequest(pageNumber, pageSize));
		if (listed.page() < pageNumber) {
			// A client that pages until a page comes back empty stops here, rather than
			// being given the last page again and again.
			throw new OrderRejected(Reason.INVALID, "page",
					"is beyond the last page (" + listed.page() + " of " + listed.total() + " products)");
		}
		List<Map<String, Object>> items = new ArrayList<>();
		for (Product product : listed.items()) {
			this.products.product(viewer, product.id()).ifPresent((view) -> items.add(item(view)));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("merchant", merchant);
		body.put("page", listed.page());
		body.put("size", listed.size());
		body.put("total", listed.total());
		body.put("items", items);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlatformJson.write(body));
	}

	private static Map<String, Object> item(ProductView view) {
		Product product = view.product();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("product_id", product.id());
		item.put("type", product.type().name());
		item.put("name_zh", product.nameZh());
		item.put("name_en", product.nameEn());
		item.put("public", product.publicVisible());
		item.put("external_url", view.content().externalUrl());
		List<Map<String, Object>> specs = new ArrayList<>();
		for (Spec spec : view.specs()) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("spec_id", spec.id());
			s.put("name_zh", spec.nameZh());
			s.put("name_en", spec.nameEn());
			s.put("charging_mode", spec.chargingMode().name());
			s.put("price", (spec.price() != null) ? spec.price().toPlainString() : null);
			s.put("core_prices", spec.corePrices());
			s.put("currency", spec.currency());
			s.put("on_sale", spec.onSale());
			specs.add(s);
		}
		item.put("specs", specs);
		return item;
	}

	private static int number(String name, String value, int min, int max, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new OrderRejected(Reason.INVALID, name, "must be a whole number from " + min + " to " + max);
	}

}
