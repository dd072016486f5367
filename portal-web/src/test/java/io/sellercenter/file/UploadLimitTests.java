package io.sellercenter.file;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTestServices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real connection to the portal's Tomcat: a form upload above the request limit
 * (12 MB) is not read, so its CSRF token is not either. It must get the "too large" page
 * (413) in full, not a "forbidden" page and not a connection reset; a small form without
 * its token is still refused as forbidden.
 */
@Tag("attack")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = PortalTestServices.class)
class UploadLimitTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anUploadOverTheLimitGetsTheTooLargePage() throws Exception {
		HttpResponse<String> response = post(13 * 1024 * 1024, "zh-CN");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("data-testid=\"error-413\"").contains("10 MB").contains("上传的文件过大");
	}

	@Test
	void aSmallFormWithoutItsTokenIsStillForbidden() throws Exception {
		HttpResponse<String> response = post(1024, "en");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("data-testid=\"error-403\"");
	}

	/**
	 * A multipart form of about this size, with no CSRF token, from a signed-in merchant.
	 */
	private HttpResponse<String> post(int size, String language) throws Exception {
		byte[] file = new byte[size];
		Arrays.fill(file, (byte) 'x');
		String head = "--b\r\nContent-Disposition: form-data; name=\"licenceFile\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file,
				"\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(PortalTestServices.portalUrl() + "/merchant/onboarding"))
			.header("Content-Type", "multipart/form-data; boundary=b")
			.header("Cookie", "SESSION=" + session("acme-admin"))
			.header("Accept-Language", language)
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static byte[] concat(byte[]... parts) {
		int length = Arrays.stream(parts).mapToInt((part) -> part.length).sum();
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private String session(String user) {
		return new TestUsers(this.jdbc).sessionCookie(this.sessions, user);
	}

}
