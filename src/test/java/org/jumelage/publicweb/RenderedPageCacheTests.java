package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which answers the public page cache keeps, when it sends them again, and when it lets them go. */
class RenderedPageCacheTests {

    private final PublicationStamp stamp = mock(PublicationStamp.class);
    private final AtomicInteger renderings = new AtomicInteger();
    private int status = 200;
    private boolean cookie;
    private boolean etagFromPage = true;

    private final jakarta.servlet.http.HttpServlet page = new jakarta.servlet.http.HttpServlet() {
        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            int n = renderings.incrementAndGet();
            response.setStatus(status);
            if (etagFromPage) {
                response.setHeader("ETag", stamp.etag());
            }
            response.setHeader("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
            response.setHeader("Cache-Control", "no-cache");
            response.addHeader("Vary", "Accept-Encoding");
            if (cookie) {
                response.addHeader("Set-Cookie", "JSESSIONID=abc");
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("rendering " + n + " of " + request.getRequestURI());
        }
    };

    private MockHttpServletResponse get(RenderedPageCache cache, String path, String ifNoneMatch) throws Exception {
        String[] parts = path.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        request.setServletPath(parts[0]);
        if (parts.length > 1) {
            request.setQueryString(parts[1]);
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    @Test
    void aPageIsRenderedOnceUntilThePublicationStampMoves() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"");

        MockHttpServletResponse first = get(cache, "/de/staedtepartnerschaften", null);
        MockHttpServletResponse second = get(cache, "/de/staedtepartnerschaften", null);

        assertThat(renderings).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("rendering 1 of /de/staedtepartnerschaften");
        assertThat(second.getHeader("ETag")).isEqualTo("W/\"p1\"");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(second.getHeaders("Vary")).containsExactly("Accept-Encoding");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        // A visitor who has it gets "not modified" from the stored page too.
        assertThat(get(cache, "/de/staedtepartnerschaften", "W/\"p1\"").getStatus())
                .isEqualTo(304);
        // Another address is another page.
        get(cache, "/de/staedtepartnerschaften/karte", null);
        get(cache, "/de/staedtepartnerschaften/karte?page=1", null);
        assertThat(renderings).hasValue(3);

        when(stamp.etag()).thenReturn("W/\"p2\"");
        assertThat(get(cache, "/de/staedtepartnerschaften", null).getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("rendering 4 of /de/staedtepartnerschaften");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void onlyCompleteAnswersWithoutCookiesOfTheListedPagesAreKept() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"");

        status = 404;
        get(cache, "/de/staedtepartnerschaften/nirgendwo", null);
        get(cache, "/de/staedtepartnerschaften/nirgendwo", null);
        assertThat(renderings).hasValue(2);

        status = 200;
        cookie = true;
        get(cache, "/en/news", null);
        get(cache, "/en/news", null);
        assertThat(renderings).hasValue(4);

        cookie = false;
        get(cache, "/en/accessibility", null);
        get(cache, "/en/accessibility", null);
        assertThat(renderings).hasValue(6);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aPageRenderedWhileTheStampMovedIsNotKept() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"", "W/\"p2\"", "W/\"p2\"", "W/\"p2\"", "W/\"p2\"");

        get(cache, "/en/review", null);

        assertThat(cache.size()).isZero();
    }

    @Test
    void whatIsKeptStaysWithinItsBytesTheLeastRecentlyUsedGoingFirst() throws Exception {
        when(stamp.etag()).thenReturn("W/\"p1\"");
        int oneBody = "rendering 1 of /en/city-partnerships/a".length();
        RenderedPageCache cache = new RenderedPageCache(stamp, 2L * oneBody);

        get(cache, "/en/city-partnerships/a", null);
        get(cache, "/en/city-partnerships/b", null);
        get(cache, "/en/city-partnerships/a", null); // a is now the most recently used
        get(cache, "/en/city-partnerships/c", null); // b goes
        assertThat(renderings).hasValue(3);
        get(cache, "/en/city-partnerships/a", null);
        assertThat(renderings).hasValue(3);
        get(cache, "/en/city-partnerships/b", null);
        assertThat(renderings).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void theParametersMakeTheAddressInAnyOrder() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/review");
        request.setServletPath("/en/review");
        request.addParameter("year", "2012");
        request.addParameter("page", "1");
        assertThat(RenderedPageCache.key(request)).isEqualTo("/en/review?page=1&year=2012");
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/en/review");
        forged.setServletPath("/en/review");
        forged.addParameter("page", "1&year=2012");
        assertThat(RenderedPageCache.key(forged)).isEqualTo("/en/review?page=1%26year%3D2012");
    }

    @Test
    void thePublicFeedsAreKeptWithTheStampAsTheirETag() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"");
        etagFromPage = false;

        get(cache, "/calendar/public.ics?lang=en", null);
        MockHttpServletResponse again = get(cache, "/calendar/public.ics?lang=en", null);
        get(cache, "/calendar/cities/warsaw.ics", null);
        get(cache, "/calendar/activities/7.ics", null);
        get(cache, "/calendar/activities/7.ics", null);

        assertThat(renderings).hasValue(4);
        assertThat(again.getHeader("ETag")).isEqualTo("W/\"p1\"");
        assertThat(get(cache, "/calendar/public.ics?lang=en", "W/\"p1\"").getStatus())
                .isEqualTo(304);
    }

    @Test
    void aPageRenderedInsideASurroundingTransactionIsNotKept() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"");
        org.springframework.transaction.support.TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            get(cache, "/de/aktuelles", null);
        } finally {
            org.springframework.transaction.support.TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(cache.size()).isZero();
        get(cache, "/de/aktuelles", null);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aLongPageIsKeptCompressedOnceAndSentSoToVisitorsWhoTakeGzip() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 1_000_000);
        when(stamp.etag()).thenReturn("W/\"p1\"");
        String text = "Partnerstadt ".repeat(400);
        jakarta.servlet.http.HttpServlet longPage = new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                renderings.incrementAndGet();
                response.setHeader("ETag", stamp.etag());
                response.setHeader("Vary", "Accept-Language, Cookie");
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(text);
            }
        };

        MockHttpServletResponse rendered = send(cache, longPage, "gzip, deflate, br");
        MockHttpServletResponse compressed = send(cache, longPage, "gzip, deflate, br");
        MockHttpServletResponse plain = send(cache, longPage, null);
        MockHttpServletResponse refused = send(cache, longPage, "*, gzip;q=0");

        assertThat(renderings).hasValue(1);
        // The rendering itself goes out as it was written; the server's compression deals with it.
        assertThat(rendered.getHeader("Content-Encoding")).isNull();
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getContentLength()).isLessThan(text.length() / 10);
        try (var in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(compressed.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        assertThat(compressed.getHeaders("Vary")).containsExactly("Accept-Language, Cookie", "Accept-Encoding");
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(plain.getHeaders("Vary")).contains("Accept-Encoding");
        assertThat(refused.getHeader("Content-Encoding")).isNull();
    }

    @Test
    void gzipIsTakenWhereTheVisitorNamesItWithAWeightAboveZero() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("br, GZIP;q=0.5")).isTrue();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts(null)).isFalse();
        assertThat(accepts("br, deflate")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("*;q=0")).isFalse();
        assertThat(accepts("gzip;q=0, *")).isFalse();
        assertThat(accepts("gzip;q=x")).isFalse();
    }

    private static boolean accepts(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/news");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return RenderedPageCache.acceptsGzip(request);
    }

    private static MockHttpServletResponse send(
            RenderedPageCache cache, jakarta.servlet.http.HttpServlet servlet, String acceptEncoding) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/city-partnerships/map");
        request.setServletPath("/en/city-partnerships/map");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }

    @Test
    void sizeZeroKeepsNothing() throws Exception {
        RenderedPageCache cache = new RenderedPageCache(stamp, 0);
        when(stamp.etag()).thenReturn("W/\"p1\"");
        get(cache, "/de/aktuelles", null);
        get(cache, "/de/aktuelles", null);
        assertThat(renderings).hasValue(2);
    }
}
