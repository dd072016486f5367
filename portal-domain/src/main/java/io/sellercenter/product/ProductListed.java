package io.sellercenter.product;

import io.sellercenter.shared.MerchantId;

/**
 * A new product was listed: the first application of it was approved and the product now
 * has its id. Published in the approval's transaction, so what listeners move to the new
 * id (a SaaS product's debug cases) moves with it.
 */
public record ProductListed(MerchantId merchant, long applicationId, long productId, ProductType type) {

}
