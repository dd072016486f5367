package io.sellercenter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.sellercenter.idp.IdpApplication;
import io.sellercenter.testsupport.Apps;
import io.sellercenter.testsupport.Infrastructure;
import io.sellercenter.testsupport.TestMail;
import io.sellercenter.testsupport.TestSmsGateway;

/**
 * The README's quick start: the identity provider and the portal with demo data, on the
 * local MariaDB and Redis when they answer, otherwise on embedded ones (data kept under
 * .local/). Lives with the tests because it uses the same infrastructure code and the
 * provider, neither of which belongs in the production jar.
 */
public final class LocalPortal {

	private LocalPortal() {
	}

	public static void main(String[] args) {
		int portalPort = Integer.parseInt(System.getProperty("portal.port", "8080"));
		int idpPort = Integer.parseInt(System.getProperty("idp.port", "9000"));
		Path dataDir = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "."), ".local", "mariadb");
		Infrastructure.Database db = Infrastructure.database("seller_center", false, dataDir);
		Infrastructure.Redis redis = Infrastructure.redis(6379);
		GreenMail mail = TestMail.start(3025, 3143);
		TestSmsGateway sms = TestSmsGateway.start(0,
				(received) -> System.out.println("  [sms] to " + received.to() + ": " + received.text()));

		String portal = "http://localhost:" + portalPort;
		String issuer = "http://127.0.0.1:" + idpPort;
		Map<String, Object> idp = new LinkedHashMap<>();
		idp.put("server.port", idpPort);
		idp.put("idp.issuer", issuer);
		idp.put("idp.clients.portal.redirect-uri", portal + "/login/oauth2/code/marketplace");
		idp.put("idp.clients.portal.post-logout-redirect-uri", portal + "/logged-out");
		idp.put("idp.clients.portal.backchannel-logout-uri", portal + "/logout/connect/back-channel/marketplace");
		idp.put("idp.sandbox.portal-url", portal);
		IdpApplication.start(idp);

		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", portalPort);
		properties.put("spring.datasource.url", db.url());
		properties.put("spring.datasource.username", db.username());
		properties.put("spring.datasource.password", db.password());
		properties.put("spring.data.redis.host", redis.host());
		properties.put("spring.data.redis.port", redis.port());
		properties.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", issuer);
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMail.smtpPort(mail));
		properties.put("portal.notifications.sms-gateway-url", sms.url());
		properties.put("portal.notifications.portal-url", portal);
		Apps.start(PortalApplication.class, properties, "local");

		System.out.printf("""

				  Seller Center is running.
				    Portal:             %s
				    Identity provider:  %s
				    Play the customer:  %s/sandbox/tickets
				    Database:           %s%s
				    Redis:              %s:%d%s

				  Demo accounts (password: demo)
				    acme-admin      main account of Acme Cloud
				    acme-ops        IAM user of Acme Cloud (IAM user sign-in, account "acme")
				    acme-support    IAM user of Acme Cloud
				    acme-intern     IAM user of Acme Cloud, not registered (sees the no-access page)
				    globex-admin    main account of Globex Data
				    globex-sales    IAM user of Globex Data
				    initech-admin   main account of Initech Software, not onboarded yet
				    mkt-reviewer    marketplace operator

				""", portal, issuer, issuer, db.url().replaceAll("\\?.*", ""), db.embedded() ? " (embedded)" : "",
				redis.host(), redis.port(), redis.embedded() ? " (embedded)" : "");
		System.out.printf("""
				  Notifications (each one is printed below as it arrives)
				    E-mail:  GreenMail, SMTP 127.0.0.1:%d; read it with IMAP on 127.0.0.1:%d
				             (user and password: the recipient's address)
				    SMS:     test gateway at %s

				""", TestMail.smtpPort(mail), TestMail.imapPort(mail), sms.url());
		TestMail.printArrivals(mail);
	}

}
