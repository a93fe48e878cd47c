package org.jumelage.publicweb;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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

    /**
     * {@code jumelage.public-pages.*}.
     *
     * @param cacheSize how many bytes of rendered public pages (overview, map, city pages, news, review) are kept in
     *     memory until anything published changes, the least recently used first out; {@code 0} renders every request
     *     anew
     */
    @ConfigurationProperties("jumelage.public-pages")
    record Settings(@DefaultValue("32MB") DataSize cacheSize) {

        Settings {
            if (cacheSize == null || cacheSize.isNegative()) {
                throw new IllegalArgumentException(
                        "jumelage.public-pages.cache-size must be 0 or more; found " + cacheSize);
            }
        }
    }

    /** The rendered public pages and feeds, kept until anything published changes (after Spring Security, before the ETags). */
    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPages(PublicationStamp stamp, Settings settings) {
        FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(
                new RenderedPageCache(stamp, settings.cacheSize().toBytes()));
        registration.addUrlPatterns("/de/*", "/en/*", "/calendar/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
