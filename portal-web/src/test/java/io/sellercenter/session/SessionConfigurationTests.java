package io.sellercenter.session;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import static org.assertj.core.api.Assertions.assertThat;

class SessionConfigurationTests {

	@Test
	void cookieUnderHttpsIsSecureWithHostPrefix() {
		String cookie = write(new SessionConfiguration().cookieSerializer(true));

		assertThat(cookie).startsWith("__Host-SESSION=")
			.contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/")
			.doesNotContain("Domain=");
	}

	@Test
	void cookieOverPlainHttpHasNoPrefix() {
		String cookie = write(new SessionConfiguration().cookieSerializer(false));

		assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure");
	}

	private static String write(CookieSerializer serializer) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		serializer.writeCookieValue(new CookieValue(request, response, "id"));
		return response.getHeader("Set-Cookie");
	}

}
