/**
 * The operators' review queue and review page: side-by-side values in the reader's words
 * (the features that own the fields implement
 * {@link io.sellercenter.review.ReviewFields}), the uploaded files (images previewed),
 * what an owner adds below the fields ({@link io.sellercenter.review.ReviewPanel}: a SaaS
 * product's interface status), and the decision.
 */
package io.sellercenter.review;
