package io.sellercenter.idp.sandbox;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code idp.sandbox.*}.
 *
 * @param portalUrl the portal whose platform API the sandbox calls
 * @param merchants the merchants (account ids) a customer can pick
 * @param client the short name of the client under {@code idp.clients} whose credentials
 * the sandbox uses, as the marketplace platform does
 */
@ConfigurationProperties("idp.sandbox")
public record SandboxProperties(@DefaultValue("http://localhost:8080") URI portalUrl, @DefaultValue( {
		"acme", "globex" }) List<String> merchants, @DefaultValue("platform") String client){

}
