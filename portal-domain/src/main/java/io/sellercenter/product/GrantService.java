package io.sellercenter.product;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The main account's grants of products to its sub-users (子用户商品授权). */
@Service
public class GrantService {

	private final GrantMapper grants;

	private final ProductMapper products;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GrantService(GrantMapper grants, ProductMapper products, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.grants = grants;
		this.products = products;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<Grant> ofProduct(MerchantId merchant, long productId) {
		return this.grants.ofProduct(merchant, productId);
	}

	/**
	 * Grants a product to a registered sub-user of the merchant. Only a SERVE grant may
	 * be the primary handler, and a product has at most one.
	 */
	@Transactional
	public void grant(MerchantId merchant, long productId, long userId, GrantRole role, boolean primary,
			LocalDateTime expiresAt, Actor actor) {
		this.products.find(merchant, productId).orElseThrow(() -> new ProductRejected("product.notFound"));
		String userName = this.grants.userName(merchant, userId)
			.orElseThrow(() -> new ProductRejected("grant.noSuchUser"));
		if (primary && role != GrantRole.SERVE) {
			throw new ProductRejected("grant.primaryNeedsServe");
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new ProductRejected("grant.expiryPast");
		}
		try {
			this.grants.insert(merchant, productId, userId, role, primary, expiresAt, now);
		}
		catch (DuplicateKeyException ex) {
			boolean hasPrimary = this.grants.ofProduct(merchant, productId).stream().anyMatch(Grant::primaryHandler);
			throw new ProductRejected(primary && hasPrimary ? "grant.primaryTaken" : "grant.exists");
		}
		Map<String, Object> granted = new LinkedHashMap<>();
		granted.put("user", userName);
		granted.put("role", role);
		granted.put("primary", primary);
		granted.put("expiresAt", expiresAt);
		this.audit.record(actor, AuditAction.PRODUCT_GRANTED, AuditTarget.PRODUCT, String.valueOf(productId), null,
				granted);
		this.events.publishEvent(new ProductGrantChanged(merchant, productId, userId, role, primary, false, actor));
	}

	/**
	 * Revokes a grant at once; the user's open tickets of the product go back (see
	 * {@link ProductGrantChanged}).
	 */
	@Transactional
	public void revoke(MerchantId merchant, long productId, long grantId, Actor actor) {
		Grant grant = this.grants.find(merchant, productId, grantId)
			.orElseThrow(() -> new ProductRejected("grant.notFound"));
		this.grants.delete(merchant, productId, grantId);
		Map<String, Object> revoked = new LinkedHashMap<>();
		revoked.put("user", grant.userName());
		revoked.put("role", grant.role());
		this.audit.record(actor, AuditAction.PRODUCT_GRANT_REVOKED, AuditTarget.PRODUCT, String.valueOf(productId),
				revoked, null);
		this.events.publishEvent(new ProductGrantChanged(merchant, productId, grant.userId(), grant.role(),
				grant.primaryHandler(), true, actor));
	}

}
