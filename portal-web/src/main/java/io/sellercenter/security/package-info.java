/**
 * Single sign-on with the marketplace identity provider and the rules of who reaches
 * what: the sign-in page and flow ({@link io.sellercenter.security.SignInPageController},
 * {@link io.sellercenter.security.PortalOidcUserService}, which turns the provider's user
 * into a {@link io.sellercenter.security.PortalOidcUser} carrying the portal's
 * {@link io.sellercenter.shared.CurrentUser}, and
 * {@link io.sellercenter.security.SignInFailureHandler} for refusals); who the signed-in
 * user is, as controller parameters
 * ({@link io.sellercenter.security.CurrentUserResolver}); sign-out with the provider
 * ({@link io.sellercenter.security.SignOutHandler},
 * {@link io.sellercenter.security.SwitchAccountController}) and back-channel logout
 * ({@link io.sellercenter.security.BackChannelLogoutController}); and the HTTP security
 * rules: CSRF, headers and which roles reach which pages
 * ({@link io.sellercenter.security.SecurityConfiguration}), menus
 * ({@link io.sellercenter.security.MenuAccessInterceptor}) and the usage push's chain
 * without sessions ({@link io.sellercenter.security.UsagePushSecurity}). The user's
 * vocabulary ({@code CurrentUser}, {@code Actor}, menus) is in {@code shared}, the
 * sessions themselves in {@code session}, and the platform API's chain in
 * {@code platform.PlatformSecurity}.
 */
package io.sellercenter.security;
