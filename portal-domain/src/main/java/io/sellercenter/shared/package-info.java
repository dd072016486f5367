/**
 * The few types every feature shares and none owns: the current tenant
 * ({@link io.sellercenter.shared.MerchantId}), explicit pagination (a page request in, a
 * page out), and the vocabulary of access every feature declares its pages with
 * ({@link io.sellercenter.shared.Menu}, {@link io.sellercenter.shared.RequiresMenu},
 * {@link io.sellercenter.shared.MainAccountOnly}), how times reach the database
 * ({@link io.sellercenter.shared.MicrosecondTimeHandler}), the bounded checks of typed
 * text ({@link io.sellercenter.shared.TextRules}), and searches that find what was typed
 * literally ({@link io.sellercenter.shared.LikePatterns}).
 */
package io.sellercenter.shared;
