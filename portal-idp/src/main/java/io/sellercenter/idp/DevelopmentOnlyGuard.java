package io.sellercenter.idp;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start with demo users under the {@code prod} profile: this provider is a
 * development and test tool with well-known passwords. A bean factory post-processor so
 * that it fails before any bean is made, with its own message on top.
 */
class DevelopmentOnlyGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		boolean hasUsers = !Binder.get(this.environment)
			.bind("idp.users", Bindable.listOf(IdpProperties.User.class))
			.orElse(List.of())
			.isEmpty();
		if (this.environment.acceptsProfiles(Profiles.of("prod")) && hasUsers) {
			throw new IllegalStateException("portal-idp is a development tool with demo users and well-known "
					+ "passwords; it refuses to start under the 'prod' profile with idp.users configured");
		}
	}

}
