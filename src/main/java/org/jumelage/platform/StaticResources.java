package org.jumelage.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under its own prefix ({@code /css}, {@code /js}, {@code /vendor}, {@code /webjars}) instead
 * of Spring Boot's catch-all {@code /**} ({@code spring.web.resources.add-mappings=false}). With the catch-all, every
 * link a page writes ({@code @{/de/aktuelles}}, {@code @{/office/…}}) was first looked up as a file in four class
 * path folders by the resource URL resolution, on every request: a quarter of the time of the bare page
 * (docs/performance.md). Now only links below these prefixes are, and the one icon {@code /favicon.ico}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "vendor"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        // The site's icon, where browsers and crawlers look for it without a link.
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
