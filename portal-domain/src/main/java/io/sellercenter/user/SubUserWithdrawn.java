package io.sellercenter.user;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

/**
 * A sub-user was disabled ({@code removed} false) or is being removed. Published inside
 * the change's transaction, before the user's row goes, so that their open work is handed
 * back in the same transaction.
 */
public record SubUserWithdrawn(MerchantId merchant, long userId, boolean removed, Actor actor) {

}
