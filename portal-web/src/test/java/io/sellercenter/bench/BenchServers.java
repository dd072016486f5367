package io.sellercenter.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sellercenter.PortalApplication;
import io.sellercenter.idp.IdpApplication;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.Apps;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The processes of {@code bench/run.sh}: {@code idp PORT PORTAL_PORT} runs the
 * development provider; {@code portal PORT IDP_PORT JDBC_URL SESSION_FILE} runs the
 * portal (profiles local and bench, demo data, no background sender) in this JVM, so that
 * the script can limit its heap, and writes a signed-in session cookie of acme-admin to
 * the file, made the way sign-in makes it. Further {@code key=value} arguments are
 * properties of the portal ({@code bench/usage.sh} turns the usage jobs off and on).
 */
public final class BenchServers {

	private BenchServers() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void main(String[] args) throws Exception {
		if ("idp".equals(args[0])) {
			Map<String, Object> idp = new LinkedHashMap<>();
			idp.put("server.port", Integer.parseInt(args[1]));
			idp.put("idp.issuer", "http://127.0.0.1:" + args[1]);
			idp.put("idp.clients.portal.redirect-uri",
					"http://localhost:" + args[2] + "/login/oauth2/code/marketplace");
			IdpApplication.start(idp);
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", Integer.parseInt(args[1]));
		properties.put("spring.datasource.url", args[3]);
		properties.put("spring.datasource.username", "portal");
		properties.put("spring.datasource.password", "portal");
		properties.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://127.0.0.1:" + args[2]);
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:" + args[2]);
		properties.put("portal.redis-namespace", "bench");
		properties.put("portal.notifications.sender-enabled", false);
		for (int i = 5; i < args.length; i++) {
			int equals = args[i].indexOf('=');
			properties.put(args[i].substring(0, equals), args[i].substring(equals + 1));
		}
		ConfigurableApplicationContext portal = Apps.start(PortalApplication.class, properties, "local", "bench");
		SessionRepository sessions = portal.getBean(SessionRepository.class);
		Session session = (Session) sessions.createSession();
		TestUsers users = new TestUsers(portal.getBean(JdbcTemplate.class));
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(users.authentication("acme-admin")));
		session.setMaxInactiveInterval(java.time.Duration.ofHours(2));
		sessions.save(session);
		Files.writeString(Path.of(args[4]),
				Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
	}

}
