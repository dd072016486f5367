package io.sellercenter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.RequiresMenu;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresMenu} and {@link MainAccountOnly} before any controller runs,
 * from the menus the signed-in user's session holds. A refusal is a 403 page.
 */
class MenuAccessInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		MainAccountOnly mainOnly = find(method, MainAccountOnly.class);
		RequiresMenu menu = find(method, RequiresMenu.class);
		if (mainOnly == null && menu == null) {
			return true;
		}
		CurrentUser user = CurrentUserResolver.current();
		if (mainOnly != null && !user.mainAccount()) {
			throw new AccessDeniedException("main account only");
		}
		if (menu != null && !user.has(menu.value())) {
			throw new AccessDeniedException("menu " + menu.value() + " not granted");
		}
		return true;
	}

	private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod method, Class<A> type) {
		A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
		return (onMethod != null) ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
	}

}
