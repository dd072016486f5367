package io.sellercenter.merchant;

import io.sellercenter.shared.MerchantId;

/**
 * A merchant's name changed (an approved onboarding or change request). Open sessions
 * show the merchant's name in every page's header and take the new one.
 */
public record MerchantRenamed(MerchantId merchant, String name) {

}
