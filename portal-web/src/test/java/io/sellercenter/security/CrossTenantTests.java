package io.sellercenter.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sellercenter.session.SessionLinks;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The cross-tenant harness. It walks every route the portal maps and, signed in as Globex
 * Data, asks for Acme Cloud's records: a route with ids must answer 404 and change
 * nothing, a route without ids must show nothing of Acme. It also checks that every
 * state-changing route refuses a request without a CSRF token. New routes are covered
 * without anyone adding them here.
 */
@Tag("attack")
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTests {

	/**
	 * Routes that are public or authenticated by something other than the session, on
	 * purpose.
	 */
	private static final Set<String> NOT_SESSION_ROUTES = Set.of("/login", "/logged-out", "/access/not-registered",
			"/access/disabled", "/access/switch-account", "/error", "/logout/connect/back-channel/{registrationId}",
			// Signed by the merchant's key, not a session (UsagePushTests covers it, and
			// OrderQueryApiTests another merchant's order).
			"/api/v1/isv/usage-data", "/api/v1/isv/orders/query");

	/**
	 * Session routes that answer every merchant the same, holding no tenant data: the
	 * harness checks that Globex gets exactly what Acme gets.
	 */
	private static final Set<String> SAME_FOR_EVERY_MERCHANT = Set.of(
			// The empty data-item workbook of the publish form (a file of the class
			// path).
			"/products/data-items-template");

	/** Routes that take no CSRF token because no browser session sends them. */
	private static final Set<String> CSRF_EXEMPT = Set.of("/logout/connect/back-channel/{registrationId}",
			"/api/v1/isv/usage-data");

	/**
	 * The platform API is not session-authenticated (bearer tokens of the platform, its
	 * own filter chain, no CSRF): a browser session never reaches it. Its tenant rules
	 * are tested in PlatformApiTests.
	 */
	private static boolean machineRoute(String pattern) {
		return pattern.startsWith("/api/platform/");
	}

	/** Text of Acme's that no Globex page may show. */
	private static final List<String> ACME_MARKERS = List.of("Acme Cloud", "acme-admin", "Alice Admin",
			"acme-fixture-sn", "SAAS-ACME-FIXTURE-0001", "acme-fixture.example", "acme-fixture-case",
			"Acme Interface Fixture");

	/**
	 * Path variables that name no record of a merchant but something every merchant has
	 * (a chart of the analytics pages): Globex gets its own figures, which must hold
	 * nothing of Acme's, as on a route without ids.
	 */
	private static final Set<String> NOT_RECORDS = Set.of("chartId");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionLinks links;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	TestUsers users;

	TenantFixtures fixtures;

	@BeforeAll
	void fixtures() {
		this.users = new TestUsers(this.jdbc);
		this.fixtures = new TenantFixtures(this.users, this.links, this.sessions, this.jdbc);
		this.fixtures.acmeUsageBeforeAnyRoute();
	}

	@TestFactory
	Stream<DynamicTest> everyRouteWithAcmeIdsAnswersNotFoundToGlobex() {
		return routes().stream()
			.filter((route) -> !NOT_SESSION_ROUTES.contains(route.pattern()) && !machineRoute(route.pattern())
					&& !route.operatorOnly())
			.map((route) -> DynamicTest.dynamicTest(route.toString(), () -> checkTenantIsolation(route)));
	}

	@TestFactory
	Stream<DynamicTest> operatorRoutesRefuseMerchantUsers() {
		return routes().stream()
			.filter(Route::operatorOnly)
			.map((route) -> DynamicTest.dynamicTest(route.toString(), () -> {
				MockHttpServletResponse response = perform(route, "globex-admin", true);
				assertThat(response.getStatus()).isEqualTo(403);
			}));
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesRequestsWithoutCsrfToken() {
		List<Route> changing = new ArrayList<>(
				routes().stream().filter((route) -> route.method() != HttpMethod.GET).toList());
		changing.add(new Route(HttpMethod.POST, "/logout"));
		return changing.stream()
			.filter((route) -> !CSRF_EXEMPT.contains(route.pattern()) && !machineRoute(route.pattern()))
			.map((route) -> DynamicTest.dynamicTest(route.toString(), () -> {
				MockHttpServletResponse response = perform(route, "acme-admin", false);
				assertThat(response.getStatus()).as("without a CSRF token").isEqualTo(403);
			}));
	}

	private void checkTenantIsolation(Route route) throws Exception {
		boolean hasIds = VARIABLE.matcher(route.pattern())
			.results()
			.anyMatch((variable) -> !NOT_RECORDS.contains(variable.group(1)));
		MockHttpServletResponse response = perform(route, "globex-admin", true);
		if (hasIds) {
			assertThat(response.getStatus()).as("Globex asking for Acme's record").isEqualTo(404);
		}
		else {
			assertThat(response.getStatus()).as("a route without ids").isLessThan(500);
		}
		if (SAME_FOR_EVERY_MERCHANT.contains(route.pattern())) {
			assertThat(response.getContentAsByteArray()).as("the same answer for every merchant")
				.isEqualTo(perform(route, "acme-admin", true).getContentAsByteArray());
		}
		String body = response.getContentAsString();
		for (String marker : acmeMarkers()) {
			assertThat(body).as("Globex's answer shows nothing of Acme").doesNotContain(marker);
		}
		assertAcmeUnchanged();
	}

	/**
	 * Acme's names, and those of its ids that are long enough not to appear by chance.
	 */
	private List<String> acmeMarkers() {
		List<String> markers = new ArrayList<>(ACME_MARKERS);
		this.fixtures.made().values().stream().filter((id) -> id.length() >= 12).forEach(markers::add);
		return markers;
	}

	/** Acme's fixture records are all still there after Globex's requests. */
	private void assertAcmeUnchanged() {
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM integration_key WHERE key_id = 'acme-demo-key' AND status = 'ACTIVE'",
				Integer.class))
			.as("Acme's integration key unchanged")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM portal_user u JOIN user_group ug ON ug.user_id = u.id
				JOIN permission_group g ON g.id = ug.group_id
				WHERE u.user_name = 'acme-ops' AND u.status = 'ACTIVE' AND g.name = 'Operations'
				""", Integer.class)).as("acme-ops still active in Operations").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM product p JOIN merchant m ON m.id = p.merchant_id
				JOIN product_grant g ON g.product_id = p.id
				WHERE m.domain_id = 'acme' AND p.status = 'ON_SALE' AND p.name_en = 'WordPress One-Click'
				""", Integer.class)).as("Acme's product and its grant unchanged").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM product_application a JOIN merchant m ON m.id = a.merchant_id
				WHERE m.domain_id = 'acme' AND a.status = 'REJECTED'""", Integer.class))
			.as("Acme's applications unchanged")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM merchant_profile p JOIN merchant m ON m.id = p.merchant_id
				WHERE m.domain_id = 'acme' AND p.contact_phone = '+86 755 8888 0001'
				AND p.compliance_status = 'APPROVED'""", Integer.class)).as("Acme's profile unchanged").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM saas_case c WHERE c.name = 'acme-fixture-case'
				AND NOT EXISTS (SELECT 1 FROM saas_case_run r WHERE r.case_id = c.id)""", Integer.class))
			.as("Acme's debug case still there and never run by Globex")
			.isEqualTo(1);
		String handle = this.fixtures.made().get("handle");
		if (handle != null) {
			long acmeAdmin = this.users.current("acme-admin").userId();
			assertThat(this.links.find(acmeAdmin, handle, null)).as("Acme's session still exists").isPresent();
		}
	}

	private MockHttpServletResponse perform(Route route, String user, boolean withCsrf) throws Exception {
		var builder = request(route.method(), expand(route.pattern())).with(this.users.as(user));
		if (withCsrf) {
			builder = builder.with(csrf());
		}
		return this.mvc.perform(builder).andReturn().getResponse();
	}

	private String expand(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(this.fixtures.acmeId(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route(HttpMethod.GET, pattern));
				}
				for (RequestMethod method : methods) {
					routes.add(new Route(method.asHttpMethod(), pattern));
				}
			}
		}
		assertThat(routes).as("the harness found the portal's routes").hasSizeGreaterThan(5);
		return routes;
	}

	record Route(HttpMethod method, String pattern) {

		boolean operatorOnly() {
			return this.pattern.equals("/operator") || this.pattern.startsWith("/operator/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
