package io.sellercenter.idp.sandbox;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import io.sellercenter.idp.IdpProperties;

/**
 * The sandbox's routes and its client of the portal. Public only so that
 * {@code IdpApplication} can import it; like every class of this module it carries no
 * stereotype.
 */
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfig {

	/**
	 * Where the pages live; the provider's security lets them through without sign-in.
	 */
	public static final String PATHS = "/sandbox/**";

	@Bean
	RouterFunction<ServerResponse> sandboxPages(IdpProperties idp, SandboxProperties sandbox,
			AuthorizationServerSettings settings, Environment environment) {
		IdpProperties.Client client = idp.clients().get(sandbox.client());
		if (client == null) {
			throw new IllegalStateException(
					"idp.sandbox.client names no client under idp.clients: " + sandbox.client());
		}
		RestClient http = RestClient.create();
		PlatformTokens tokens = new PlatformTokens(http, () -> tokenUri(settings, environment), client.clientId(),
				plain(client.clientSecret()), Clock.systemUTC());
		PlatformApi api = new PlatformApi(http, tokens, sandbox.portalUrl());
		SandboxPages pages = new SandboxPages(api, sandbox.merchants(), new OpenedTickets(), Clock.systemUTC(),
				ZoneId.systemDefault());
		SupervisionPages supervision = new SupervisionPages(api, Clock.systemUTC(), ZoneId.systemDefault());
		return RouterFunctions.route()
			.GET("/sandbox/tickets", pages::tickets)
			.POST("/sandbox/tickets", pages::open)
			.GET("/sandbox/tickets/{ticketId}", pages::ticket)
			.POST("/sandbox/tickets/{ticketId}/events", pages::event)
			.GET("/sandbox/supervision", supervision::find)
			.GET("/sandbox/supervision/{taskId}", supervision::task)
			.POST("/sandbox/supervision/{taskId}/events", supervision::event)
			.GET("/sandbox/supervision/{taskId}/files/{fileId}", supervision::file)
			.build();
	}

	/**
	 * This provider's own token endpoint. With a blank issuer (tests on a random port)
	 * the provider answers on loopback at the port it got.
	 */
	private static String tokenUri(AuthorizationServerSettings settings, Environment environment) {
		String issuer = settings.getIssuer();
		if (!StringUtils.hasText(issuer)) {
			issuer = "http://127.0.0.1:"
					+ environment.getProperty("local.server.port", environment.getProperty("server.port", "9000"));
		}
		return StringUtils.trimTrailingCharacter(issuer, '/') + settings.getTokenEndpoint();
	}

	/** The sandbox sends the secret as a client would, so it needs it unencoded. */
	private static String plain(String secret) {
		if (secret.startsWith("{noop}")) {
			return secret.substring("{noop}".length());
		}
		if (secret.startsWith("{")) {
			throw new IllegalStateException("The sandbox needs the platform client's secret in plain text");
		}
		return secret;
	}

}
