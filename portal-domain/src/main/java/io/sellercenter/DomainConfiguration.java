package io.sellercenter;

import java.time.Clock;
import java.time.LocalDateTime;

import io.sellercenter.shared.MicrosecondTimeHandler;
import org.apache.ibatis.type.EnumTypeHandler;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every feature of the domain shares: the clock, and how MyBatis maps values. */
@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

	/** Services read the time from here, so tests can fix it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ConfigurationCustomizer mybatisSettings() {
		return (configuration) -> {
			// SQL NULL for null parameters: Connector/J and MariaDB both take it for
			// every column type.
			configuration.setJdbcTypeForNull(org.apache.ibatis.type.JdbcType.NULL);
			configuration.setDefaultEnumTypeHandler(EnumTypeHandler.class);
			configuration.setDefaultFetchSize(500);
			configuration.setObjectFactory(new AccessibleObjectFactory());
			configuration.getTypeHandlerRegistry().register(LocalDateTime.class, new MicrosecondTimeHandler());
		};
	}

}
