package io.sellercenter.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sellercenter.merchant.Merchant;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.Violation;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the platform's daily product traffic. A day the platform sends again is a
 * correction and replaces what was stored, so the stored rows are the platform's latest
 * word and need no roll-up. Every product must be the merchant's: a platform call must
 * not write figures into another tenant's product, and a refused call stores nothing.
 */
@Service
public class TrafficIntake {

	/** The marketplace's day: the platform counts its days in China's time. */
	public static final ZoneId MARKETPLACE_ZONE = ZoneId.of("Asia/Shanghai");

	/** How far back a day may be sent: a year of corrections and a margin. */
	public static final int MAX_AGE_DAYS = 400;

	private final TrafficMapper mapper;

	private final MerchantService merchants;

	private final Clock clock;

	TrafficIntake(TrafficMapper mapper, MerchantService merchants, Clock clock) {
		this.mapper = mapper;
		this.merchants = merchants;
		this.clock = clock;
	}

	/**
	 * Stores the figures of {@code day} for these products of the merchant (by its
	 * {@code domain_id}), replacing those sent before for the same day.
	 * @throws OrderRejected (invalid) for an unknown merchant, a day out of range, or a
	 * product that is not the merchant's, naming each
	 */
	@Transactional
	public Received receive(String merchantDomainId, LocalDate day, List<TrafficFigures> figures) {
		MerchantId merchant = this.merchants.findByDomainId(merchantDomainId)
			.map(Merchant::merchantId)
			.orElseThrow(() -> new OrderRejected(Reason.INVALID, "merchant", "unknown merchant"));
		List<Violation> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock.withZone(MARKETPLACE_ZONE));
		if (day.isAfter(today)) {
			violations.add(new Violation("day", "must not be after today (" + today + ", Asia/Shanghai)"));
		}
		else if (day.isBefore(today.minusDays(MAX_AGE_DAYS))) {
			violations.add(new Violation("day", "must be within the last " + MAX_AGE_DAYS + " days"));
		}
		Set<Long> own = new HashSet<>(
				this.mapper.productsOf(merchant, figures.stream().map(TrafficFigures::productId).toList()));
		for (int i = 0; i < figures.size(); i++) {
			if (!own.contains(figures.get(i).productId())) {
				violations.add(new Violation("products[" + i + "].product_id",
						"unknown product of merchant " + merchantDomainId));
			}
		}
		if (!violations.isEmpty()) {
			throw new OrderRejected(Reason.INVALID, violations);
		}
		this.mapper.upsert(merchant, day, figures, LocalDateTime.now(this.clock));
		return new Received(merchant, figures.size());
	}

	/** The merchant the figures were stored for, and how many products they hold. */
	public record Received(MerchantId merchant, int products) {

	}

}
