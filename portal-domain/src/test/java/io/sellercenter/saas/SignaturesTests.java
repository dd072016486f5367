package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts' signatures against values computed outside Java, with openssl: <pre>
 * BS=$(echo -n "$BODY" | openssl dgst -sha256 -hmac demo-secret)
 * echo -n "ak-demo" "n0nce" "1765000000000" "$BS" (joined) | openssl dgst -sha256 -hmac demo-secret
 * echo -n "activity=newInstance&amp;orderId=MOCK+1&amp;timeStamp=20261207120000123" \
 *   | openssl dgst -sha256 -hmac demo-secret20261207120000123 -binary | base64
 * </pre>
 */
class SignaturesTests {

	@Test
	void v2SignsAccessKeyNonceTimestampAndTheBodysOwnSignature() {
		byte[] body = "{\"activity\":\"newInstance\",\"orderId\":\"MOCKONETIMENEW\"}".getBytes(StandardCharsets.UTF_8);

		assertThat(Signatures.v2("ak-demo", "demo-secret", "n0nce", "1765000000000", body))
			.isEqualTo("0f572d5dc865ce89ac36fe4942ee473b06da2a2c215137fb38f51edf7e84ce7a");
	}

	@Test
	void v1SignsTheOtherParametersSortedByNameWithTheSecretAndTimeAsKey() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("timeStamp", "20261207120000123");
		parameters.put("orderId", "MOCK+1");
		parameters.put("activity", "newInstance");
		parameters.put("authToken", "left out");

		assertThat(Signatures.v1("demo-secret", "20261207120000123", parameters))
			.isEqualTo("xQyPu5t8TCSGWcdVDIaEJSsdaFkjvZatAkQLQovHg9Q=");
	}

	@Test
	void aSignedV2RequestCarriesTheSignatureOfItsExactBody() {
		SignedRequest request = SignedRequest.build("https://saas.example.com", Contract.V2, "ak-demo", "demo-secret",
				Activity.QUERY_INSTANCE, Map.of("instanceId", "i-1"), true,
				java.time.Instant.ofEpochMilli(1765000000000L));

		String query = request.uri().getRawQuery();
		String nonce = query.replaceAll(".*nonce=([^&]+).*", "$1");
		assertThat(query)
			.contains("signature=" + Signatures.v2("ak-demo", "demo-secret", nonce, "1765000000000", request.body()));
		assertThat(request.bodyText()).contains("\"activity\":\"queryInstance\"").contains("\"testFlag\":\"1\"");
		assertThat(request.shownUrl()).doesNotContain("signature");
		assertThat(request.curl()).contains("curl").doesNotContain("demo-secret");
	}

	@Test
	void aSignedV1RequestIsAGetWithTheTimeAndAnEncodedToken() {
		SignedRequest request = SignedRequest.build("https://saas.example.com", Contract.V1, "ak-demo", "demo-secret",
				Activity.EXPIRE_INSTANCE, Map.of("instanceId", "i 1"), false, java.time.Instant.ofEpochMilli(0));

		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.body()).isNull();
		assertThat(request.uri().getRawQuery())
			.startsWith("activity=expireInstance&instanceId=i%201&timeStamp=19700101000000000&authToken=");
		assertThat(request.shownUrl()).doesNotContain("authToken");
	}

}
