package io.sellercenter.product;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether the saas feature's debug page ({@code GET /saas/debug}) is there to link to
 * from a SaaS product's interface status. The saas feature depends on products, so the
 * product pages cannot name its controller; they ask the request mappings instead, and
 * link only to a page that answers (a portal without it shows the status alone).
 */
@Component
class SaasDebugPage {

	static final String PATH = "/saas/debug";

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	/** Known once the mappings are (they do not change while the portal runs). */
	private volatile Boolean exists;

	SaasDebugPage(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	boolean exists() {
		Boolean known = this.exists;
		if (known == null) {
			known = this.mappings.orderedStream()
				.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
				.anyMatch((info) -> info.getPatternValues().contains(PATH)
						&& (info.getMethodsCondition().getMethods().isEmpty()
								|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET)));
			this.exists = known;
		}
		return known;
	}

}
