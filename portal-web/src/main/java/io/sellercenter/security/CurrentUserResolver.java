package io.sellercenter.security;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.CurrentUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in {@link CurrentUser} and the current {@link MerchantId}
 * as plain parameters. The merchant comes from the session's user, resolved once per
 * request, never from the request's own parameters.
 */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == CurrentUser.class || type == MerchantId.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		CurrentUser user = current();
		if (parameter.getParameterType() == CurrentUser.class) {
			return user;
		}
		if (user.merchant() == null) {
			// An operator on a merchant page: operators read merchants through their own
			// pages.
			throw new AccessDeniedException("not a merchant user");
		}
		return user.merchant();
	}

	static CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalOidcUser principal) {
			return principal.portalUser();
		}
		throw new AccessDeniedException("not signed in");
	}

}
