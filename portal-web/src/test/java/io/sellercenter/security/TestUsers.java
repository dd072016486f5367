package io.sellercenter.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;

/**
 * Signs MockMvc requests in as a demo user, with the principal the portal itself builds
 * at sign-in (the user's real ids from the database), without going through the provider.
 */
public final class TestUsers {

	private final JdbcTemplate jdbc;

	public TestUsers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public RequestPostProcessor as(String userName) {
		return oauth2Login().oauth2User(principal(userName));
	}

	/**
	 * What the session holds after sign-in, for tests that put a session straight into
	 * Redis.
	 */
	public Authentication authentication(String userName) {
		PortalOidcUser principal = principal(userName);
		return new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "marketplace");
	}

	/**
	 * A signed-in session of the user saved in the portal's session store, as the value
	 * of its SESSION cookie: for tests that talk to the running portal over HTTP.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public String sessionCookie(SessionRepository sessions, String userName) {
		Session session = (Session) sessions.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(authentication(userName)));
		sessions.save(session);
		return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
	}

	private PortalOidcUser principal(String userName) {
		CurrentUser user = current(userName);
		List<SimpleGrantedAuthority> authorities = user.operator()
				? List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))
				: List.of(new SimpleGrantedAuthority("ROLE_" + user.accountType()),
						new SimpleGrantedAuthority("ROLE_MERCHANT"));
		OidcIdToken idToken = OidcIdToken.withTokenValue("test-id-token")
			.subject("u-" + userName)
			.issuer("http://127.0.0.1/test")
			.claim("sid", "test-sid-" + userName)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.build();
		return new PortalOidcUser(authorities, idToken, null, user);
	}

	public CurrentUser current(String userName) {
		CurrentUser user = this.jdbc.queryForObject("""
				SELECT u.id, u.user_name, u.display_name, u.account_type, u.merchant_id, m.name, u.domain_id
				FROM portal_user u LEFT JOIN merchant m ON m.id = u.merchant_id
				WHERE u.user_name = ?
				""",
				(rs, i) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
						AccountType.valueOf(rs.getString(4)), (Long) rs.getObject(5), rs.getString(6), rs.getString(7),
						"u-" + userName, "test-sid-" + userName, null),
				userName);
		return user.withMenus(menus(user));
	}

	/**
	 * The menus sign-in would give: all for a main account, the groups' for a sub-user.
	 */
	private Set<Menu> menus(CurrentUser user) {
		if (user.accountType() == AccountType.MAIN) {
			return EnumSet.allOf(Menu.class);
		}
		Set<Menu> menus = EnumSet.noneOf(Menu.class);
		this.jdbc
			.queryForList("SELECT g.menus FROM user_group ug JOIN permission_group g ON g.id = ug.group_id"
					+ " WHERE ug.user_id = ?", String.class, user.userId())
			.forEach((list) -> Arrays.stream(list.split(","))
				.filter((m) -> !m.isBlank())
				.forEach((m) -> menus.add(Menu.valueOf(m.trim()))));
		return menus;
	}

}
