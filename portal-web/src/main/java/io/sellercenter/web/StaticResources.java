package io.sellercenter.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's static files, each under its own path, instead of Spring Boot's default
 * {@code /**} (switched off with {@code spring.web.resources.add-mappings: false}). With
 * {@code /**}, every link a page renders ({@code @{/orders/...}}) went through the
 * resource chain, which looked for a file of that name in every jar of the class path on
 * each render: two thirds of the CPU of the order list page. Now only these paths are
 * looked up, and a found file is cached by the chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Bootstrap by version-free path: the chain adds the WebJars resolver
		// (webjars-locator-lite is on the class path).
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/api/platform/*.yaml")
			.addResourceLocations("classpath:/static/api/platform/")
			.resourceChain(true);
	}

}
