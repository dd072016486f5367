package io.sellercenter.security;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.product.ProductAccess;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.Requests;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in {@link CurrentUser}, the current {@link MerchantId},
 * the {@link Actor} that the audit log records (the user from this client address) and
 * the {@link Viewer} the product rules see (the user now, with their grants) as plain
 * parameters. The merchant comes from the session's user, resolved once per request,
 * never from the request's own parameters.
 */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

	private final ObjectProvider<ProductAccess> access;

	CurrentUserResolver(ObjectProvider<ProductAccess> access) {
		this.access = access;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == CurrentUser.class || type == MerchantId.class || type == Actor.class || type == Viewer.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		CurrentUser user = current();
		if (parameter.getParameterType() == CurrentUser.class) {
			return user;
		}
		if (parameter.getParameterType() == Actor.class) {
			return user.actor(Requests.clientIp(webRequest.getNativeRequest(HttpServletRequest.class)));
		}
		if (user.merchant() == null) {
			// An operator on a merchant page: operators read merchants through their own
			// pages.
			throw new AccessDeniedException("not a merchant user");
		}
		return (parameter.getParameterType() == Viewer.class) ? this.access.getObject().viewer(user) : user.merchant();
	}

	static CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalOidcUser principal) {
			return principal.portalUser();
		}
		throw new AccessDeniedException("not signed in");
	}

}
