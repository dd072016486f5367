package io.sellercenter.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.sellercenter.session.SessionLinks;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.PortalTestServices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-channel logout endpoint ends the sessions of a provider session only for a
 * logout token that passes every check of OIDC Back-Channel Logout 1.0, once.
 */
@Tag("attack")
@PortalTest
class BackChannelLogoutTests {

	private static final String ENDPOINT = "/logout/connect/back-channel/marketplace";

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionLinks links;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Autowired
	JdbcTemplate jdbc;

	private final JwtEncoder provider = PortalTestServices.idp().getBean(JwtEncoder.class);

	@Test
	void logoutWhenValidTokenThenSessionsOfThatSidEndAndReplayIsRefused() throws Exception {
		String sessionId = linkedSession("sid-valid");
		String token = token(this.provider, (claims) -> claims.claim("sid", "sid-valid"));

		this.mvc.perform(logout(token)).andExpect(status().isOk());
		assertThat(this.sessions.findById(sessionId)).isNull();

		this.mvc.perform(logout(token)).andExpect(status().isBadRequest());
	}

	@Test
	void logoutWhenSignedByAnotherKeyThenRefusedAndNothingEnds() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
		JwtEncoder forged = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(stranger)));
		assertRefused(forged, (claims) -> {
		});
	}

	@Test
	void logoutWhenAudienceIsAnotherClientThenRefused() throws Exception {
		assertRefused(this.provider, (claims) -> claims.audience(List.of("some-other-client")));
	}

	@Test
	void logoutWhenEventMissingThenRefused() throws Exception {
		assertRefused(this.provider, (claims) -> claims.claim("events", Map.of("other", Map.of())));
	}

	@Test
	void logoutWhenNonceThenRefused() throws Exception {
		assertRefused(this.provider, (claims) -> claims.claim("nonce", "n"));
	}

	@Test
	void logoutWhenIssuedLongAgoThenRefused() throws Exception {
		assertRefused(this.provider,
				(claims) -> claims.issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().plusSeconds(60)));
	}

	@Test
	void logoutWhenNotAFormPostThenRefused() throws Exception {
		this.mvc.perform(post(ENDPOINT).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().is4xxClientError());
	}

	private void assertRefused(JwtEncoder encoder, Consumer<JwtClaimsSet.Builder> change) throws Exception {
		String sid = "sid-" + UUID.randomUUID();
		String sessionId = linkedSession(sid);
		String token = token(encoder, (claims) -> {
			claims.claim("sid", sid);
			change.accept(claims);
		});

		this.mvc.perform(logout(token)).andExpect(status().isBadRequest());
		assertThat(this.sessions.findById(sessionId)).as("the session survives a refused token").isNotNull();
	}

	private static org.springframework.test.web.servlet.RequestBuilder logout(String token) {
		return post(ENDPOINT).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("logout_token", token);
	}

	private String token(JwtEncoder encoder, Consumer<JwtClaimsSet.Builder> customize) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(PortalTestServices.idpUrl())
			.audience(List.of("seller-portal"))
			.subject("u-acme-admin")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(120))
			.id(UUID.randomUUID().toString())
			.claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
		customize.accept(claims);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build();
		return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
	}

	@SuppressWarnings("unchecked")
	private String linkedSession(String sid) {
		Session session = (Session) this.sessions.createSession();
		this.sessions.save(session);
		long user = new TestUsers(this.jdbc).current("acme-admin").userId();
		this.links.link(session.getId(), SessionLinks.newHandle(), user, sid);
		return session.getId();
	}

}
