package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;

/**
 * Who handles a product's customer work. The rule is the product's: its primary handler
 * (an active sub-user with a primary SERVE grant that holds now), else the main account;
 * anyone with a SERVE or MANAGE grant that holds now, and the main account, is eligible.
 * Tickets and supervised deliveries both route by it.
 */
@Service
public class Handlers {

	private final HandlerMapper mapper;

	Handlers(HandlerMapper mapper) {
		this.mapper = mapper;
	}

	/** The primary handler, else the main account, and which of the two it is. */
	public Routed route(MerchantId merchant, long productId, LocalDateTime now) {
		return primaryHandler(merchant, productId, now).map((user) -> new Routed(user, true))
			.orElseGet(() -> new Routed(mainAccount(merchant), false));
	}

	public Handler mainAccount(MerchantId merchant) {
		return this.mapper.mainAccount(merchant)
			.orElseThrow(() -> new IllegalStateException("merchant " + merchant + " has no main account"));
	}

	public Optional<Handler> primaryHandler(MerchantId merchant, long productId, LocalDateTime now) {
		return this.mapper.primaryHandler(merchant, productId, now);
	}

	public Optional<Handler> user(MerchantId merchant, long userId) {
		return this.mapper.user(merchant, userId);
	}

	public List<Handler> eligible(MerchantId merchant, long productId, LocalDateTime now) {
		return this.mapper.eligible(merchant, productId, now);
	}

	/**
	 * Where work goes when {@code leaving} stops handling it: the primary handler if that
	 * is someone else, else the main account.
	 */
	public Handler handBackTo(MerchantId merchant, long productId, long leaving, LocalDateTime now) {
		return primaryHandler(merchant, productId, now).filter((user) -> user.id() != leaving)
			.orElseGet(() -> mainAccount(merchant));
	}

	/** A handler, and whether the product's primary handler rule chose them. */
	public record Routed(Handler user, boolean primary) {

	}

}
