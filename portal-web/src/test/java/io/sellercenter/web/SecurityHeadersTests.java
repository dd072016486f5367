package io.sellercenter.web;

import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every page carries the security headers, and the session cookie is locked down. */
@Tag("attack")
@PortalTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login")).andReturn().getResponse();

		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/")).andReturn().getResponse();

		assertThat(response.getHeader("Set-Cookie")).startsWith("SESSION=")
			.contains("HttpOnly", "SameSite=Lax", "Path=/");
	}

	@Test
	void pagesSpeakChineseByDefaultAndEnglishOnRequest() throws Exception {
		String chinese = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		String english = this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String switched = this.mvc.perform(get("/login").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(chinese).contains("使用云商店账号登录");
		assertThat(english).contains("Sign in with marketplace account");
		assertThat(switched).contains("Sign in with marketplace account");
	}

}
