package org.jumelage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jumelage.shared.RequestPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** German by default, English on request ({@code ?lang=en}); the choice is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver("jumelage-lang");
        // Until the person chooses (the cookie), the browser's languages decide; German where none is ours.
        resolver.setDefaultLocaleFunction(LanguageConfiguration::browsersChoice);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The first of the browser's languages ({@code Accept-Language}, in its order of preference) that Jumelage has
     * texts for, or German. Without the header, German: the servlet container would answer its own default locale.
     */
    static Locale browsersChoice(HttpServletRequest request) {
        // The API is described in English: its machine clients rarely say which language they read.
        Locale otherwise = RequestPaths.of(request).startsWith("/api/") ? Locale.ENGLISH : Locale.GERMAN;
        if (request.getHeader("Accept-Language") == null) {
            return otherwise;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            Locale language = Locale.of(wanted.getLanguage());
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return otherwise;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // The public site's language is its address; no parameter there, and so no cookie.
        registry.addInterceptor(interceptor).excludePathPatterns("/de/**", "/en/**", "/api/**");
    }

    /** Accepts only the languages Jumelage has texts for; anything else falls back to German. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale fromAddress = fromAddress(request);
            return fromAddress != null ? fromAddress : supported(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            Locale fromAddress = fromAddress(request);
            return fromAddress != null
                    ? new SimpleTimeZoneAwareLocaleContext(fromAddress, null)
                    : super.resolveLocaleContext(request);
        }

        /**
         * Public pages live under {@code /de/…} and {@code /en/…}: their address says the language, without reading or
         * writing the cookie (the public site sets no cookies).
         */
        private static Locale fromAddress(HttpServletRequest request) {
            String path = RequestPaths.of(request);
            // An error page answers for the address that was asked for, in its language.
            if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR
                    && request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI)
                            instanceof String uri) {
                path = uri.substring(
                        Math.min(uri.length(), request.getContextPath().length()));
            }
            if (path.startsWith("/en/")) {
                return Locale.ENGLISH;
            }
            return path.startsWith("/de/") ? Locale.GERMAN : null;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }

        private static Locale supported(Locale locale) {
            Locale language = Locale.of(locale.getLanguage());
            return SUPPORTED.contains(language) ? language : Locale.GERMAN;
        }
    }
}
