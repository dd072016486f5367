package io.sellercenter.saas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.sellercenter.saas.OrderQueryClient.SignedQuery;
import io.sellercenter.testsupport.PortalTestServices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real connection to the portal's Tomcat, as a merchant's server calls it: the
 * signature covers the query string exactly as sent (percent-encoding untouched), and the
 * answer is the marketplace's JSON.
 */
@Tag("attack")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = PortalTestServices.class)
class OrderQueryHttpTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final OrderQueryClient acme = new OrderQueryClient("acme-demo-key", "acme-demo-secret");

	@Test
	void theRawQueryStringIsWhatIsSigned() throws Exception {
		String raw = "orderId=MOCKPERIODYEARNEW&orderLineId=MOCKPERIODYEARNEW%2D000001";

		HttpResponse<String> found = send(this.acme.sign(raw));

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(found.body()).startsWith("{\"resultCode\":\"000000\",\"resultMsg\":\"success\",\"orderInfo\":")
			.contains("\"orderLineId\":\"MOCKPERIODYEARNEW-000001\"");

		SignedQuery decoded = this.acme.sign("orderId=MOCKPERIODYEARNEW&orderLineId=MOCKPERIODYEARNEW-000001");
		HttpResponse<String> refused = send(decoded.withQuery(raw));
		assertThat(refused.statusCode()).as("signed over the decoded text, sent encoded").isEqualTo(401);
		assertThat(refused.body()).contains("\"resultCode\":\"000001\"");
	}

	private HttpResponse<String> send(SignedQuery query) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(PortalTestServices.portalUrl() + "/api/v1/isv/orders/query?" + query.query()))
			.header("access-key", query.accessKey())
			.header("ts", query.ts())
			.header("nonce", query.nonce())
			.header("signature", query.signature())
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
