package io.sellercenter.product;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

/**
 * A product was granted to a sub-user ({@code revoked} false) or the grant revoked.
 * Published inside the change's transaction, so that what follows the grant (the
 * product's open tickets) moves with it or not at all.
 */
public record ProductGrantChanged(MerchantId merchant, long productId, long userId, GrantRole role,
		boolean primaryHandler, boolean revoked, Actor actor) {

}
