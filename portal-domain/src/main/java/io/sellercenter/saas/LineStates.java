package io.sellercenter.saas;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.order.LineProvisioning;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/** The order page's view of the creation of SaaS lines' instances. */
@Component
class LineStates implements LineProvisioning {

	private final ProvisionMapper work;

	LineStates(ProvisionMapper work) {
		this.work = work;
	}

	@Override
	public Map<String, String> states(MerchantId merchant, String orderId) {
		Map<String, String> states = new LinkedHashMap<>();
		for (ProvisionMapper.LineState line : this.work.createStates(merchant, orderId)) {
			states.put(line.orderLineId(), line.state().name());
		}
		return states;
	}

}
