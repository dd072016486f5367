/**
 * Single sign-on with the marketplace identity provider: the sign-in page and flow, who
 * the signed-in user is ({@link io.sellercenter.security.CurrentUser}), sign-out with the
 * provider, back-channel logout, and the HTTP security rules (CSRF, headers, which roles
 * reach which pages).
 */
package io.sellercenter.security;

import io.sellercenter.shared.CurrentUser;
