package io.sellercenter.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's product traffic as the pages read it: the stored days themselves, since
 * the platform sends them already counted (see {@link TrafficIntake}).
 */
@Service
@Transactional(readOnly = true)
public class TrafficService {

	private final TrafficMapper mapper;

	TrafficService(TrafficMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Page views and visitors per product and day, from {@code from} to {@code to}
	 * (marketplace days, both included), ordered by product and day; a day the platform
	 * sent nothing for has no row.
	 * @param productIds the products, or null for all of the merchant's
	 */
	public List<TrafficDay> traffic(MerchantId merchant, Collection<Long> productIds, LocalDate from, LocalDate to) {
		if ((productIds != null && productIds.isEmpty()) || from.isAfter(to)) {
			return List.of();
		}
		return this.mapper.traffic(merchant, productIds, from, to);
	}

}
