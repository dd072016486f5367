package io.sellercenter.platform;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The served description of the platform API ({@code static/api/platform/openapi.yaml})
 * names exactly the routes the portal maps under {@code /api/platform/v1}.
 */
@PortalTest
class OpenApiDescriptionTests {

	private static final String PREFIX = "/api/platform/v1";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryMappedPlatformRouteAndNoOther() throws Exception {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith(PREFIX + "/")) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						mapped.add(method + " " + normalize(pattern.substring(PREFIX.length())));
					}
				}
			}
		}
		Set<String> described = new TreeSet<>();
		for (Map.Entry<String, Map<String, Object>> path : description().entrySet()) {
			for (String method : path.getValue().keySet()) {
				described.add(method.toUpperCase() + " " + normalize(path.getKey()));
			}
		}
		assertThat(mapped).as("routes under " + PREFIX).isNotEmpty();
		assertThat(described).isEqualTo(mapped);
	}

	@Test
	void descriptionIsServedWithoutToken() throws Exception {
		this.mvc.perform(get("/api/platform/openapi.yaml")).andExpect(status().isOk());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> description() throws Exception {
		try (InputStream in = OpenApiDescriptionTests.class.getResourceAsStream("/static/api/platform/openapi.yaml")) {
			assertThat(in).as("openapi.yaml").isNotNull();
			Map<String, Object> document = new Yaml().load(in);
			return (Map<String, Map<String, Object>>) document.get("paths");
		}
	}

	/** Path variables by position: {orderId} in Java is {order_id} in the description. */
	private static String normalize(String path) {
		return path.replaceAll("\\{[^}]+}", "{}");
	}

}
