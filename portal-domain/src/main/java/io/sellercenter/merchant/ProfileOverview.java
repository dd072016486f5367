package io.sellercenter.merchant;

import io.sellercenter.review.ReviewRequest;

/** The profile page's content. Requests are the latest of their kind, or null. */
public record ProfileOverview(Merchant merchant, MerchantProfile profile, ReviewRequest onboarding,
		ReviewRequest change, ReviewRequest compliance) {

}
