package org.jumelage.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One handler per URL: the whole page for a normal request, the named fragment for an htmx request. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** The view name to render; also tells caches that the answer depends on the HX-Request header. */
    public static String pageOrFragment(
            HttpServletRequest request, HttpServletResponse response, String page, String fragment) {
        response.addHeader("Vary", "HX-Request");
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
