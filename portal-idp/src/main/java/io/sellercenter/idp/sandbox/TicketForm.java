package io.sellercenter.idp.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.function.ServerRequest;

/**
 * The "open a ticket" form, as typed. Checked here against the API's limits so that the
 * person gets a plain answer before the portal's own 400.
 */
record TicketForm(String merchant, String productId, String customerId, String customerName, String accountName,
		String orderId, String instanceId, String title, String category, String message) {

	static final String DEMO_CUSTOMER_ID = "cust-demo-1";

	static final String DEMO_CUSTOMER_NAME = "Demo Customer Ltd";

	static final String DEMO_ACCOUNT_NAME = "demo-customer";

	static TicketForm blank(String merchant, String productId) {
		return new TicketForm(merchant, productId, DEMO_CUSTOMER_ID, DEMO_CUSTOMER_NAME, DEMO_ACCOUNT_NAME, "", "", "",
				"FAULT", "");
	}

	static TicketForm from(ServerRequest request, String merchant) {
		return new TicketForm(merchant, param(request, "productId"), param(request, "customerId"),
				param(request, "customerName"), param(request, "accountName"), param(request, "orderId"),
				param(request, "instanceId"), param(request, "title"), param(request, "category"),
				param(request, "message"));
	}

	List<String> errors() {
		List<String> errors = new ArrayList<>();
		if (!this.productId.matches("[0-9]{1,18}")) {
			errors.add("Pick a product.");
		}
		if (this.customerId.isEmpty() || this.customerName.isEmpty() || this.accountName.isEmpty()) {
			errors.add("The customer needs an id, a name and an account name.");
		}
		if (this.title.isEmpty()) {
			errors.add("Give the ticket a title.");
		}
		else if (this.title.length() > 200) {
			errors.add("A title has at most 200 characters.");
		}
		if (!SandboxPages.CATEGORIES.containsKey(this.category)) {
			errors.add("Pick a category.");
		}
		if (this.message.isEmpty()) {
			errors.add("Describe the problem in the first message.");
		}
		else if (this.message.length() > 5000) {
			errors.add("A message has at most 5000 characters.");
		}
		return errors;
	}

	private static String param(ServerRequest request, String name) {
		return request.param(name).map(String::strip).orElse("");
	}

}
