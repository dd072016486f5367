package io.sellercenter.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.RequiresMenu;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Menus are enforced on the server: every route that needs a menu answers 403 to a
 * sub-user whose groups lack it, and every main-account route answers 403 to any
 * sub-user. The routes are enumerated from the portal itself, and every merchant route
 * must say what it needs.
 */
@Tag("attack")
@PortalTest
class MenuPermissionTests {

	/** Merchant routes open to every signed-in merchant user, on purpose. */
	private static final Set<String> COMMON = Set.of("/", "/sessions", "/sessions/{handle}", "/sessions/{handle}/end");

	private static final Set<String> PUBLIC = Set.of("/login", "/logged-out", "/access/not-registered",
			"/access/disabled", "/access/switch-account", "/error", "/logout/connect/back-channel/{registrationId}",
			"/api/v1/isv/usage-data", "/api/v1/isv/orders/query");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> routesNeedingAMenuRefuseSubUsersWithoutIt() {
		TestUsers users = new TestUsers(this.jdbc);
		return routes().stream()
			.filter((r) -> r.menu() != null)
			.map((r) -> DynamicTest.dynamicTest(r.toString(), () -> {
				String user = lacking(users, r.menu());
				int status = this.mvc
					.perform(request(r.method(), expand(r.pattern())).with(users.as(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s without %s", user, r.menu()).isEqualTo(403);
			}));
	}

	@TestFactory
	Stream<DynamicTest> mainAccountRoutesRefuseEverySubUser() {
		TestUsers users = new TestUsers(this.jdbc);
		return routes().stream().filter(Route::mainOnly).map((r) -> DynamicTest.dynamicTest(r.toString(), () -> {
			for (String user : List.of("acme-ops", "acme-support")) {
				int status = this.mvc
					.perform(request(r.method(), expand(r.pattern())).with(users.as(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user).isEqualTo(403);
			}
		}));
	}

	@Test
	void everyMerchantRouteSaysWhatItNeeds() {
		List<String> unclassified = routes().stream()
			.filter((r) -> r.menu() == null && !r.mainOnly() && !COMMON.contains(r.pattern())
					&& !PUBLIC.contains(r.pattern()) && !r.pattern().startsWith("/operator")
					&& !r.pattern().startsWith("/notifications")
					// The platform API: bearer tokens of the platform, not a browser
					// session.
					&& !r.pattern().startsWith("/api/platform/"))
			.map(Route::toString)
			.toList();
		assertThat(unclassified).as("merchant routes without @RequiresMenu or @MainAccountOnly").isEmpty();
	}

	private static String lacking(TestUsers users, Menu menu) {
		// Both of Acme's groups have supervision (ops without the dataset's grant,
		// support
		// with it); Globex's sales group has neither it nor tickets.
		for (String user : List.of("acme-ops", "acme-support", "globex-sales")) {
			CurrentUser current = users.current(user);
			if (!current.has(menu)) {
				return user;
			}
		}
		throw new IllegalStateException("every demo sub-user has " + menu + "; change the demo groups");
	}

	private String expand(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		return matcher.replaceAll("1");
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			RequiresMenu menu = find(handler, RequiresMenu.class);
			boolean mainOnly = find(handler, MainAccountOnly.class) != null;
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes
						.add(new Route(method.asHttpMethod(), pattern, (menu != null) ? menu.value() : null, mainOnly));
				}
			}
		}
		return routes;
	}

	private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod handler, Class<A> type) {
		A onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), type);
		return (onMethod != null) ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
	}

	record Route(HttpMethod method, String pattern, Menu menu, boolean mainOnly) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
