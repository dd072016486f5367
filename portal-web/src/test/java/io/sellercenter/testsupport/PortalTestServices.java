package io.sellercenter.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.sellercenter.idp.IdpApplication;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Everything a portal under test needs, real: MariaDB and Redis ({@link TestServices}),
 * the development identity provider, and an SMTP server and an SMS gateway on loopback,
 * started once per test JVM. The portal's port is chosen before the provider starts,
 * because the provider must know the portal's redirect and back-channel addresses;
 * browser tests run the portal on exactly that port.
 */
public final class PortalTestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The provider on 127.0.0.1 and the portal on localhost, so their cookies never mix.
	 */
	public static final String PORTAL_HOST = "localhost";

	private static Map<String, Object> properties;

	private static int portalPort;

	private static int idpPort;

	private static ConfigurableApplicationContext idp;

	private static GreenMail mail;

	private static TestSmsGateway sms;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("portalTestServices", properties()));
	}

	/**
	 * The properties of a portal a test starts for itself on a free port: the shared
	 * services, Redis keys under a namespace of its own, and a small pool with no idle
	 * connections on a database server that other test runs share. The map is the test's
	 * to change.
	 */
	public static Map<String, Object> ownPortal(String namespace) {
		Map<String, Object> map = new LinkedHashMap<>(properties());
		map.put("server.port", 0);
		map.put("portal.redis-namespace", namespace);
		map.put("spring.datasource.hikari.maximum-pool-size", 4);
		map.put("spring.datasource.hikari.minimum-idle", 1);
		return map;
	}

	/** Where a portal started by a test answers. */
	public static String baseUrl(ConfigurableApplicationContext portal) {
		return "http://localhost:"
				+ ((org.springframework.boot.web.server.context.WebServerApplicationContext) portal).getWebServer()
					.getPort();
	}

	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			portalPort = Infrastructure.freePort();
			idpPort = Infrastructure.freePort();
			String portal = "http://" + PORTAL_HOST + ":" + portalPort;
			String issuer = "http://127.0.0.1:" + idpPort;
			Map<String, Object> provider = new LinkedHashMap<>();
			provider.put("server.port", idpPort);
			provider.put("idp.issuer", issuer);
			provider.put("idp.clients.portal.redirect-uri", portal + "/login/oauth2/code/marketplace");
			provider.put("idp.clients.portal.post-logout-redirect-uri", portal + "/logged-out");
			provider.put("idp.clients.portal.backchannel-logout-uri",
					portal + "/logout/connect/back-channel/marketplace");
			// The customer sandbox (/sandbox/tickets) calls the platform API of the
			// portal
			// under test.
			provider.put("idp.sandbox.portal-url", portal);
			idp = IdpApplication.start(provider);

			Map<String, Object> map = new LinkedHashMap<>(TestServices.properties());
			map.put("server.port", portalPort);
			map.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", issuer);
			map.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
			map.put("spring.flyway.locations", "classpath:db/migration,classpath:db/demo");
			map.put("portal.demo-data", true);
			// The merchants' servers of the tests (and the demo one) listen on loopback.
			map.put("portal.saas.allow-loopback", true);
			// Acme's demo production interface is the provider's demo merchant server.
			// Tests call the production work themselves, so no background call races
			// them.
			map.put("portal.saas.demo-address", "http://localhost:" + idpPort);
			map.put("portal.saas.jobs-enabled", false);
			// Test portals start without serving themselves their pages first
			// (WarmUpTests
			// covers it); ten seconds more for every context would add up.
			map.put("portal.warm-up.enabled", false);
			// Notifications reach a real SMTP server and an SMS gateway on loopback.
			// Tests run
			// the sender themselves, so no background sender races what they assert.
			mail = TestMail.start(0, 0);
			sms = TestSmsGateway.start(0, (received) -> {
			});
			map.put("spring.mail.host", "127.0.0.1");
			map.put("spring.mail.port", TestMail.smtpPort(mail));
			map.put("portal.notifications.sms-gateway-url", sms.url());
			map.put("portal.notifications.portal-url", portal);
			map.put("portal.notifications.sender-enabled", false);
			properties = Map.copyOf(map);
		}
		return properties;
	}

	public static String portalUrl() {
		properties();
		return "http://" + PORTAL_HOST + ":" + portalPort;
	}

	/** The running provider, for tests that need its signing key. */
	public static ConfigurableApplicationContext idp() {
		properties();
		return idp;
	}

	/** The SMTP server that receives the portal's e-mail. */
	public static GreenMail mail() {
		properties();
		return mail;
	}

	/** The SMS gateway that receives the portal's SMS. */
	public static TestSmsGateway sms() {
		properties();
		return sms;
	}

	public static String idpUrl() {
		properties();
		return "http://127.0.0.1:" + idpPort;
	}

}
