package org.jumelage.publicweb;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link RenderedPageCache}. A configuration of its own, not part of {@link PublicWebConfiguration}: MVC
 * slice tests load every {@code WebMvcConfigurer}, but not the publication stamp the cache needs.
 */
@Configuration(proxyBeanMethods = false)
class RenderedPageCacheConfiguration {

    /** The rendered public pages and feeds, kept until anything published changes (after Spring Security, before the ETags). */
    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPages(
            PublicationStamp stamp, @Value("${jumelage.public-pages.cache-size:32MB}") DataSize size) {
        FilterRegistrationBean<RenderedPageCache> registration =
                new FilterRegistrationBean<>(new RenderedPageCache(stamp, size.toBytes()));
        registration.addUrlPatterns("/de/*", "/en/*", "/calendar/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
