package io.sellercenter.session;

import io.lettuce.core.ClientOptions;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in Redis through the portal's own repository. Declaring it makes Spring Boot's
 * Redis session configuration step back (it applies only without a SessionRepository
 * bean), so {@code spring.session.data.redis.*} no longer applies;
 * {@code @EnableSpringHttpSession} puts the repository behind the session filter, which
 * Boot registers as usual (after the ServiceUnavailableFilter, whose 503 it relies on).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

	@Bean
	PortalSessionRepository sessionRepository(RedisConnectionFactory redis, SessionTimeout idle,
			PortalSessionProperties properties, @Value("${portal.redis-namespace}") String namespace,
			ResourceLoader resources) {
		return new PortalSessionRepository(redis, namespace + ":session", idle.getTimeout(),
				properties.absoluteTimeout(), resources.getClassLoader());
	}

	/** Just before Spring Session's filter: each request reads its session once. */
	@Bean
	FilterRegistrationBean<SessionReadMemo> sessionReadMemo() {
		FilterRegistrationBean<SessionReadMemo> registration = new FilterRegistrationBean<>(new SessionReadMemo());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and under HTTPS Secure with the __Host-
	 * prefix, which binds it to this exact host and path.
	 */
	@Bean
	CookieSerializer cookieSerializer(@Value("${portal.secure-cookies}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(SessionCookie.name(secure));
		serializer.setUseSecureCookie(secure);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

	/**
	 * While Redis is away, commands fail at once instead of queueing until their timeout,
	 * so pages answer 503 quickly; Lettuce keeps reconnecting and pages recover by
	 * themselves.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
		return (builder) -> builder.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
	}

}
