package io.sellercenter.idp;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code idp.*} in {@code idp.yml}.
 *
 * @param issuer the issuer URL; blank means "derive it from each request" (handy for
 * tests on a random port)
 * @param keyFile where to keep the signing key as a JWK so restarts keep it; unset means
 * a fresh key per start
 * @param clients the registered clients by a short name ({@code portal},
 * {@code platform})
 * @param users the demo users; refused under the {@code prod} profile
 */
@ConfigurationProperties("idp")
public record IdpProperties(@Nullable String issuer, @Nullable Path keyFile, @DefaultValue Map<String, Client> clients,
		@DefaultValue List<User> users) {

	/**
	 * One registered client.
	 *
	 * @param clientId the client id
	 * @param clientSecret the secret, plain or with a {@code {id}} encoder prefix
	 * @param redirectUri allowed redirect URIs (one or a comma-separated list)
	 * @param postLogoutRedirectUri allowed {@code post_logout_redirect_uri} values
	 * @param backchannelLogoutUri where logout tokens are posted; blank for none
	 * @param grantTypes grant types, e.g. {@code authorization_code}
	 * @param scopes allowed scopes
	 * @param requirePkce whether authorization requests must carry PKCE
	 * @param accessTokenTtl access token lifetime
	 * @param refreshTokenTtl refresh token lifetime
	 */
	public record Client(String clientId, String clientSecret, @DefaultValue List<String> redirectUri,
			@DefaultValue List<String> postLogoutRedirectUri, @Nullable String backchannelLogoutUri,
			@DefaultValue List<String> grantTypes, @DefaultValue List<String> scopes,
			@DefaultValue("false") boolean requirePkce, @DefaultValue("5m") Duration accessTokenTtl,
			@DefaultValue("8h") Duration refreshTokenTtl) {
	}

	/**
	 * One demo user of the account center. Serializable because it rides in the
	 * principal, and so in the HTTP session.
	 *
	 * @param id stable id, used as {@code sub}
	 * @param username the sign-in name ({@code user_name} claim)
	 * @param password plain or with a {@code {id}} encoder prefix
	 * @param domainId the account (tenant) id ({@code domain_id} claim)
	 * @param domainName the account name ({@code domain_name} claim)
	 * @param accountType main account, IAM sub-user or marketplace operator
	 * @param name display name
	 * @param email e-mail address
	 */
	public record User(String id, String username, String password, String domainId, String domainName,
			AccountType accountType, String name, String email) implements Serializable {

		/** Whether the account name typed at sign-in (id or name) is this user's. */
		boolean belongsTo(String account) {
			String wanted = account.trim();
			return wanted.equalsIgnoreCase(this.domainId) || wanted.equalsIgnoreCase(this.domainName);
		}

	}

	/** The kinds of accounts the marketplace account center knows. */
	public enum AccountType {

		/** The main account of a tenant. */
		MAIN,
		/** An IAM user created under a main account. */
		SUB,
		/** Staff of the marketplace operator. */
		OPERATOR

	}

}
