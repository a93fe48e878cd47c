package org.jumelage.publicweb;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A visitor who follows a wrong address outside the back office meets a page of the public site, in its layout and
 * language (the address's, else the one the visitor chose or their browser's), that leads back to the overview; the
 * back office keeps its own error pages ({@code templates/error/}).
 */
@Component
class PublicErrorPages implements ErrorViewResolver, Ordered {

    private final SiteLinks links;

    /**
     * Spring Boot's own resolver (the templates under {@code error/}), which it leaves out as soon as any other
     * {@link ErrorViewResolver} exists: every other error page is still its.
     */
    private final DefaultErrorViewResolver others;

    PublicErrorPages(SiteLinks links, org.springframework.context.ApplicationContext context) {
        this.links = links;
        this.others = new DefaultErrorViewResolver(context, new WebProperties.Resources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String path = originalPath(request);
        if (status != HttpStatus.NOT_FOUND || path == null || !isPublic(path)) {
            return others.resolveErrorView(request, status, model);
        }
        Locale locale = path.startsWith("/en/") || path.equals("/en")
                ? Locale.ENGLISH
                : path.startsWith("/de/") || path.equals("/de")
                        ? Locale.GERMAN
                        : RequestContextUtils.getLocale(request);
        ExtendedModelMap page = new ExtendedModelMap();
        links.describe(page, request, PublicPage.OVERVIEW.alternates(), locale);
        page.addAttribute("overviewHref", request.getContextPath() + PublicPage.OVERVIEW.path(locale));
        page.addAttribute("notFoundLocale", locale);
        return new ModelAndView("publicweb/not-found", page, status);
    }

    /** The back office, its sign-in and the API answer in their own ways. */
    static boolean isPublic(String path) {
        return !(path.startsWith("/office")
                || path.startsWith("/api")
                || path.startsWith("/actuator")
                || path.startsWith("/login")
                || path.startsWith("/calendar/me"));
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String text)) {
            return null;
        }
        String context = request.getContextPath();
        return text.startsWith(context) ? text.substring(context.length()) : text;
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
