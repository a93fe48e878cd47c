package org.jumelage.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's configuration: its description, its rate limits, its CSV, and its conditional requests: every answer under {@code /api/v1/} carries an ETag of its body, and a request
 * whose {@code If-None-Match} names it gets {@code 304} without the body. Weak, as Tomcat does not compress a response
 * with a strong one.
 */
@Configuration
@io.swagger.v3.oas.annotations.OpenAPIDefinition(
        info =
                @io.swagger.v3.oas.annotations.info.Info(
                        title = "Jumelage public API",
                        version = "v1",
                        description =
                                "Read access to everything the city publishes about its international relations:"
                                        + " partner cities, partnerships, public activities, the staff exchange's programmes and open"
                                        + " calls. No sign-in. Lists come in pages with X-Total-Count and a Link header, as JSON or,"
                                        + " asked with Accept: text/csv, as CSV. Every answer has an ETag; If-None-Match gives 304"
                                        + " while nothing changed. Errors are RFC 9457 problem details. Each client address may send"
                                        + " a limited number of requests a minute (300 unless the installation sets another, shared"
                                        + " with the open data under /open-data/); beyond it the answer is 429 with Retry-After, and"
                                        + " every answer says the limit and what is left (X-RateLimit-Limit, X-RateLimit-Remaining)."
                                        + " Under /api/v1/office/ the office's machine clients read and write the registry's"
                                        + " relationships and the activities with an access token that an administrator made for"
                                        + " them (Authorization: Bearer jml_…): a read token reads, a read-write token also creates and"
                                        + " edits, always with the rights of the token's account and by the rules of the office's"
                                        + " forms. Each token has its own rate limit (the installation's unless it was given one)."))
@io.swagger.v3.oas.annotations.security.SecurityScheme(
        name = "accessToken",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An access token made by an administrator under Accounts → Access tokens (jml_…)")
@org.springframework.boot.context.properties.EnableConfigurationProperties(ApiRateLimit.Settings.class)
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
                        // The office's records are for the client alone: never kept by a cache on the way.
                        response.setHeader(
                                "Cache-Control",
                                org.jumelage.shared.RequestPaths.of(request).startsWith("/api/v1/office/")
                                        ? "private, no-store"
                                        : "no-cache");
                        return true;
                    }
                })
                .addPathPatterns("/api/v1/**");
    }

    private final tools.jackson.databind.json.JsonMapper json;
    private final org.springframework.beans.factory.ObjectProvider<ApiProblems> problems;

    ApiConfiguration(
            tools.jackson.databind.json.JsonMapper json,
            org.springframework.beans.factory.ObjectProvider<ApiProblems> problems) {
        this.json = json;
        this.problems = problems;
    }

    /**
     * Errors found before a handler is chosen (an address or method the API does not have, a body type it does not
     * take, an answer type it cannot give) are problem details under {@code /api/} too, not the site's error page:
     * {@link ApiProblems} only hears of errors inside its controllers.
     */
    @Override
    public void extendHandlerExceptionResolvers(
            java.util.List<org.springframework.web.servlet.HandlerExceptionResolver> resolvers) {
        resolvers.add(0, (request, response, handler, exception) -> {
            if (handler != null || !org.jumelage.shared.RequestPaths.of(request).startsWith("/api/")) {
                return null;
            }
            try {
                org.springframework.http.ResponseEntity<Object> answer = problems.getObject()
                        .handleException(
                                exception,
                                new org.springframework.web.context.request.ServletWebRequest(request, response));
                if (answer == null || !(answer.getBody() instanceof org.springframework.http.ProblemDetail problem)) {
                    return null;
                }
                answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                ProblemResponses.write(
                        request, response, answer.getStatusCode().value(), problem.getTitle(), problem.getDetail());
                return new org.springframework.web.servlet.ModelAndView();
            } catch (Exception notAnswerable) {
                org.slf4j.LoggerFactory.getLogger(ApiConfiguration.class)
                        .warn("API error not answerable as a problem detail", notAnswerable);
                return null;
            }
        });
    }

    /** CSV for the API's lists, last: a client that accepts anything gets JSON (see {@link ApiCsv}). */
    @Override
    public void configureMessageConverters(
            org.springframework.http.converter.HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.add(new ApiCsv(json)));
    }

    /** Before everything else of a request, so that a client over its limit costs nothing more. */
    @Bean
    ApiRateLimit apiRateLimits(
            ApiRateLimit.Settings settings, org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        // The application's clock (tests move it); a web slice test without one counts with the system's.
        return new ApiRateLimit(settings, clock.getIfAvailable(java.time.Clock::systemUTC));
    }

    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(ApiRateLimit limits) {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(limits);
        registration.addUrlPatterns("/api/v1/*", "/open-data/*");
        registration.setName("apiRateLimit");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
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
