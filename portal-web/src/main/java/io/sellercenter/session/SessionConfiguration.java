package io.sellercenter.session;

import io.lettuce.core.ClientOptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and under HTTPS Secure with the __Host-
	 * prefix, which binds it to this exact host and path.
	 */
	@Bean
	CookieSerializer cookieSerializer(@Value("${portal.secure-cookies}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(secure ? "__Host-SESSION" : "SESSION");
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
