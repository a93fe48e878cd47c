package org.jumelage.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/** The path of a request within the application, decoded and normalised as the authorisation rules see it. */
public final class RequestPaths {

    private RequestPaths() {}

    public static String of(HttpServletRequest request) {
        return request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    }
}
