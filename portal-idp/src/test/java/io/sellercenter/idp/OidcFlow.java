package io.sellercenter.idp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's side of the authorization code flow with PKCE, driven over plain HTTP. */
final class OidcFlow {

	static final String CLIENT_ID = "seller-portal";

	static final String CLIENT_SECRET = "portal-secret";

	static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/marketplace";

	private final Browser browser;

	private final String verifier = randomString();

	private final String state = randomString();

	private final String nonce = randomString();

	OidcFlow(Browser browser) {
		this.browser = browser;
	}

	String nonce() {
		return this.nonce;
	}

	/** Sends the browser to the authorization endpoint, as the portal would. */
	HttpResponse<String> authorize(String loginHint) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", CLIENT_ID);
		query.put("scope", "openid profile email");
		query.put("redirect_uri", REDIRECT_URI);
		query.put("state", this.state);
		query.put("nonce", this.nonce);
		query.put("code_challenge", challenge(this.verifier));
		query.put("code_challenge_method", "S256");
		if (loginHint != null) {
			query.put("login_hint", loginHint);
		}
		return this.browser.get("/oauth2/authorize?" + Browser.form(query));
	}

	/** Fills in the sign-in form and returns where the provider sends the browser. */
	String submitLogin(String username, String password, String account) {
		HttpResponse<String> page = this.browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("account", (account != null) ? account : "");
		form.put("_csrf", Browser.csrf(page));
		HttpResponse<String> result = this.browser.post("/login", form);
		assertThat(result.statusCode()).isEqualTo(302);
		return Browser.location(result);
	}

	/** The whole flow for a browser without a provider session. */
	Tokens signIn(String username, String account, String loginHint) {
		HttpResponse<String> toLogin = authorize(loginHint);
		assertThat(Browser.location(toLogin)).endsWith("/login");
		String afterLogin = submitLogin(username, "demo", account);
		assertThat(afterLogin).contains("/oauth2/authorize");
		return followToCode(this.browser.get(afterLogin));
	}

	/** The flow for a browser that already has a provider session: no form. */
	Tokens signInAgain() {
		return followToCode(authorize(null));
	}

	Tokens followToCode(HttpResponse<String> authorizeResponse) {
		String callback = Browser.location(authorizeResponse);
		assertThat(callback).startsWith(REDIRECT_URI);
		Map<String, String> params = UriComponentsBuilder.fromUriString(callback)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(params).containsEntry("state", this.state).containsKey("code");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", params.get("code"));
		form.put("redirect_uri", REDIRECT_URI);
		form.put("code_verifier", this.verifier);
		return Tokens.from(this.browser.postAsClient("/oauth2/token", CLIENT_ID, CLIENT_SECRET, form));
	}

	Tokens refresh(String refreshToken) {
		return Tokens.from(this.browser.postAsClient("/oauth2/token", CLIENT_ID, CLIENT_SECRET,
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)));
	}

	static JwtDecoder decoder(String base) {
		return NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
	}

	static Map<String, Object> json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonParserFactory.getJsonParser().parseMap(response.body());
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomString() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Tokens(String idToken, String accessToken, String refreshToken) {

		static Tokens from(HttpResponse<String> response) {
			Map<String, Object> body = json(response);
			return new Tokens((String) body.get("id_token"), (String) body.get("access_token"),
					(String) body.get("refresh_token"));
		}

		Jwt idToken(String base) {
			return decoder(base).decode(this.idToken);
		}

	}

}
