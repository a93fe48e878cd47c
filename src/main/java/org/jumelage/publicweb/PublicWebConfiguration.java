package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jumelage.shared.RequestPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public site's language comes from its address ({@code /de/…}, {@code /en/…}), not from a cookie or parameter;
 * its pages carry an ETag and may be cached, but are revalidated on every visit.
 */
@Configuration(proxyBeanMethods = false)
class PublicWebConfiguration implements WebMvcConfigurer {

    private final LocaleResolver localeResolver;

    PublicWebConfiguration(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String path = RequestPaths.of(request);
                        localeResolver.setLocale(
                                request, response, path.startsWith("/en/") ? PublicPage.ENGLISH : PublicPage.GERMAN);
                        // Set before Spring Security's default, which would forbid any caching.
                        response.setHeader("Cache-Control", "no-cache");
                        return true;
                    }
                })
                .addPathPatterns("/de/**", "/en/**")
                // After the back office's ?lang= switch: on the public site the address decides.
                .order(Ordered.LOWEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/de/*", "/en/*", "/sitemap.xml");
        return registration;
    }
}
