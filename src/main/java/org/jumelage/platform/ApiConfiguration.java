package org.jumelage.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public API's conditional requests: every answer under {@code /api/v1/} carries an ETag of its body, and a request
 * whose {@code If-None-Match} names it gets {@code 304} without the body. Weak, as Tomcat does not compress a response
 * with a strong one.
 */
@Configuration
class ApiConfiguration implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {

    /**
     * Public data that a client may keep and must check again before use: without this, Spring Security's default
     * ({@code no-store}) would forbid keeping it, and no cache would ever ask with {@code If-None-Match}.
     */
    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
                    @Override
                    public boolean preHandle(
                            jakarta.servlet.http.HttpServletRequest request,
                            jakarta.servlet.http.HttpServletResponse response,
                            Object handler) {
                        response.setHeader("Cache-Control", "no-cache");
                        return true;
                    }
                })
                .addPathPatterns("/api/v1/**");
    }

    private final tools.jackson.databind.json.JsonMapper json;

    ApiConfiguration(tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
    }

    /** CSV for the API's lists, last: a client that accepts anything gets JSON (see {@link ApiCsv}). */
    @Override
    public void configureMessageConverters(
            org.springframework.http.converter.HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.add(new ApiCsv(json)));
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
