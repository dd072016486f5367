package io.sellercenter.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.sellercenter.platform.PlatformClient;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.RequestDispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every paged route, with page numbers no pager makes: the largest int answers the last
 * page (never an OFFSET past the end of the list), a number beyond int is a 400, and a
 * negative one the first page. A new route with a {@code page} parameter fails until it
 * is listed here.
 */
@Tag("attack")
@PortalTest
class PagingTests {

	/** Route, user, and the model attribute that holds its page. */
	static final List<String[]> PAGES = List.of(new String[] { "/orders", "acme-admin", "page" },
			new String[] { "/orders/export-history", "acme-admin", "page" },
			new String[] { "/usage/export-history", "acme-admin", "page" },
			new String[] { "/products", "acme-admin", "page" },
			new String[] { "/products/applications", "acme-admin", "page" },
			new String[] { "/assets", "acme-admin", "page" },
			new String[] { "/notifications", "acme-admin", "messages" },
			new String[] { "/audit", "acme-admin", "page" }, new String[] { "/operator/audit", "mkt-reviewer", "page" },
			new String[] { "/operator/reviews", "mkt-reviewer", "page" },
			new String[] { "/operator/appeals", "mkt-reviewer", "page" },
			new String[] { "/operator/unsubscribes", "mkt-reviewer", "page" },
			new String[] { "/tickets", "acme-admin", "page" }, new String[] { "/supervision", "acme-admin", "page" },
			new String[] { "/supervision/unsubscribes", "acme-admin", "page" },
			new String[] { "/saas/messages", "acme-admin", "page" });

	static final String PLATFORM_PRODUCTS = "/api/platform/v1/products";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void operatorSignedInOnce() {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
	}

	@Test
	void everyRouteWithAPageParameterIsCoveredHere() {
		Set<String> paged = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			boolean hasPage = false;
			for (MethodParameter parameter : method.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				String name = (param == null) ? null
						: !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				hasPage |= "page".equals(name);
			}
			if (hasPage && (info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))) {
				paged.addAll(info.getPatternValues());
			}
		});
		Set<String> covered = new TreeSet<>(PAGES.stream().map((page) -> page[0]).toList());
		covered.add(PLATFORM_PRODUCTS);

		assertThat(paged).isEqualTo(covered);
	}

	@Test
	void theLargestIntAnswersTheLastPage() throws Exception {
		for (String[] route : PAGES) {
			Page<?> last = page(route, "2147483647");

			assertThat(last.page()).as(route[0]).isEqualTo(last.pages());
			long offset = (long) (last.page() - 1) * last.size();
			assertThat(offset).as(route[0] + ": rows skipped").isLessThanOrEqualTo(Math.max(0, last.total() - 1));
			if (last.total() > 0) {
				assertThat(last.items()).as(route[0]).isNotEmpty();
			}
			assertThat(last.page()).as(route[0]).isLessThanOrEqualTo(PageRequest.lastPage(last.size()));
		}
	}

	@Test
	void negativeAndZeroPagesAnswerTheFirstPage() throws Exception {
		for (String[] route : PAGES) {
			for (String number : List.of("-1", "-2147483648", "0")) {
				assertThat(page(route, number).page()).as(route[0] + "?page=" + number).isEqualTo(1);
			}
		}
	}

	@Test
	void aNumberBeyondIntIsABadRequest() throws Exception {
		for (String[] route : PAGES) {
			for (String number : List.of("99999999999", "-99999999999")) {
				MockHttpServletResponse response = this.mvc
					.perform(get(route[0]).param("page", number).with(users().as(route[1])))
					.andReturn()
					.getResponse();

				assertThat(response.getStatus()).as(route[0] + "?page=" + number).isEqualTo(400);
			}
		}
	}

	@Test
	void aBadRequestHasAPageOfItsOwn() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/orders")
				.header("Accept-Language", "en")
				.accept(MediaType.TEXT_HTML)
				.with(users().as("acme-admin")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"error-400\"")
			.contains("A value in the address is not valid");
	}

	@Test
	void platformCatalogueAnswersItsPagesAndA400BeyondThem() throws Exception {
		JsonNode first = platform("1", 200);
		long total = first.get("total").asLong();
		long pages = Math.max(1, (total + 19) / 20);
		JsonNode last = platform(String.valueOf(pages), 200);
		assertThat(last.get("page").asLong()).isEqualTo(pages);
		assertThat(last.get("items").size()).isEqualTo((total == 0) ? 0 : (int) (total - (pages - 1) * 20));

		// A client paging until a page comes back empty must not get the last one again.
		platform(String.valueOf(pages + 1), 400);
		platform("2147483647", 400);
		platform("99999999999", 400);
		platform("-1", 400);
		platform("0", 400);
	}

	private JsonNode platform(String page, int status) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(PLATFORM_PRODUCTS).param("merchant", "acme")
				.param("page", page)
				.header("Authorization", "Bearer " + PlatformClient.token()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("page=" + page).isEqualTo(status);
		return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private Page<?> page(String[] route, String number) throws Exception {
		MvcResult result = this.mvc.perform(get(route[0]).param("page", number).with(users().as(route[1]))).andReturn();
		assertThat(result.getResponse().getStatus()).as(route[0] + "?page=" + number).isEqualTo(200);
		Map<String, Object> model = result.getModelAndView().getModel();
		return (Page<?>) model.get(route[2]);
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}
