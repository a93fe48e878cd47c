package org.jumelage.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The paging headers of the public API: {@code X-Total-Count} and a {@code Link} header (RFC 8288) to the first,
 * previous, next and last page, each the same request with only {@code page} changed.
 */
public final class ApiPages {

    private ApiPages() {}

    /** What a list's answer as CSV is, for the OpenAPI description of every list that offers it. */
    public static final String CSV_DESCRIPTION = "The same page as CSV (RFC 4180, UTF-8) when asked with Accept:"
            + " text/csv: one row per item, one column per field of the JSON answer in its order, a nested object's"
            + " fields as outer.inner, a list of values joined by \"; \", a list of objects as JSON";

    public static HttpHeaders headers(Page<?> page, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Total-Count", String.valueOf(page.getTotalElements()));
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page.hasPrevious()) {
            links.add(link(request, page.getNumber() - 1, "prev"));
        }
        if (page.hasNext()) {
            links.add(link(request, page.getNumber() + 1, "next"));
        }
        links.add(link(request, Math.max(page.getTotalPages() - 1, 0), "last"));
        headers.add(HttpHeaders.LINK, String.join(", ", links));
        return headers;
    }

    private static String link(HttpServletRequest request, int page, String relation) {
        String url = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + url + ">; rel=\"" + relation + "\"";
    }
}
