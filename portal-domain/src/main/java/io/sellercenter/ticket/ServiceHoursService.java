package io.sellercenter.ticket;

import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;

/** PLACEHOLDER until the service-hours branch lands. */
@Service
public class ServiceHoursService {

	public ServiceHours of(MerchantId merchant) {
		return ServiceHours.DEFAULT;
	}

}
