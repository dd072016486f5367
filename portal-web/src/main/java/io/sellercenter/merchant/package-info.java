/**
 * Merchant information pages (商家信息): onboarding, the profile and its changes, the
 * compliance letter, and the merchant's files.
 */
package io.sellercenter.merchant;
