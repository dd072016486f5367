/**
 * The operators' review queue and review page: side-by-side values, the uploaded files,
 * and the decision.
 */
package io.sellercenter.review;
