package io.sellercenter.idp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link IdpApplication#start} as the portal's tests and local launcher use it. */
class IdpApplicationTests {

	@Test
	void startsOnTheGivenPortWithTheGivenIssuer() throws IOException {
		int port = freePort();
		String issuer = "http://127.0.0.1:" + port;
		try (ConfigurableApplicationContext idp = IdpApplication
			.start(Map.of("server.port", port, "idp.issuer", issuer))) {
			Browser browser = new Browser(issuer);
			assertThat(OidcFlow.json(browser.get("/.well-known/openid-configuration"))).containsEntry("issuer", issuer);
			HttpResponse<String> toLogin = browser.get("/");
			assertThat(Browser.location(toLogin)).isEqualTo(issuer + "/login");
			assertThat(toLogin.headers().allValues("Set-Cookie"))
				.anyMatch((cookie) -> cookie.startsWith("IDPSESSION="));
		}
	}

	@Test
	void refusesToStartUnderProdWithDemoUsers() {
		assertThatThrownBy(
				() -> IdpApplication.start(Map.of("spring.profiles.active", "prod", "server.port", 0)).close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("development tool")
			.hasMessageContaining("prod");
	}

	@Test
	void nothingHereIsFoundByThePortalsComponentScan() {
		ClassPathScanningCandidateComponentProvider components = new ClassPathScanningCandidateComponentProvider(true);
		assertThat(components.findCandidateComponents("io.sellercenter.idp")).isEmpty();
		ClassPathScanningCandidateComponentProvider bootConfigurations = new ClassPathScanningCandidateComponentProvider(
				false);
		bootConfigurations.addIncludeFilter(new AnnotationTypeFilter(SpringBootConfiguration.class));
		assertThat(bootConfigurations.findCandidateComponents("io.sellercenter")).isEmpty();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
