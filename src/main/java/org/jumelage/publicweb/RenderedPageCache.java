package org.jumelage.publicweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jumelage.shared.RequestPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered public pages whose content depends only on their address and the publication stamp (the
 * overview, the map, a city's page, news and review): the same pages that answer "not modified" by that stamp's ETag.
 * A visitor without a cached copy of their own gets the stored bytes instead of a new rendering, until anything
 * published changes; then the stamp moves and every stored page is dropped at once. With a thousand cities, rendering
 * the overview costs some hundred milliseconds of template work (docs/performance.md); sending stored bytes, a
 * look-up of the stamp.
 *
 * <p>Only complete answers are kept: status 200, rendered under the stamp that is current before and after, without
 * a cookie, outside a surrounding transaction. What is kept is bounded in bytes, the least recently used page going first. The public pages are the same
 * for everybody (their language comes from the address, absolute links from {@code jumelage.base-url}, nothing of a
 * signed-in person), which is what makes sharing them safe; a page that is not must not be added here.
 */
class RenderedPageCache extends OncePerRequestFilter {

    /** The addresses kept: overview, map and city pages, news and review, in both languages. */
    static final Pattern PAGES = Pattern.compile(
            "/(de/staedtepartnerschaften|en/city-partnerships)(/[a-z0-9-]+)?|/(de/aktuelles|en/news|de/rueckblick|en/review)");

    /**
     * The public calendar feeds (all public activities, a city's), kept the same way. They show what the stamp covers
     * (published activities and cities, and the stamp moves when an activity ends); only the start of their 90-day
     * window moves with time alone, and an event that ended 90 days ago may stay in a kept feed until the next change.
     * They carry the stamp as their ETag, so calendar programs revalidate cheaply.
     */
    static final Pattern FEEDS = Pattern.compile("/calendar/(public|cities/[a-z0-9-]+)\\.ics");

    /** Headers of the answer that are not kept: those of the connection and the visitor's cookies. */
    private static final Set<String> NOT_KEPT =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "connection", "keep-alive");

    /** Bodies shorter than this are sent as they are (Tomcat's own threshold for compressing, 2 KiB). */
    static final int COMPRESS_FROM = 2048;

    /**
     * A stored answer: its headers (in order), its body, and the body compressed with gzip once, when it is kept
     * ({@code null} for short bodies). Tomcat would otherwise compress the same bytes again for every visitor, which
     * for the map of a thousand cities was most of its time (docs/performance.md).
     */
    record Page(String contentType, Map<String, List<String>> headers, long lastModified, byte[] body, byte[] gzipped) {

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final PublicationStamp stamp;
    private final long capacity;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private String stampOfPages = "";
    private long bytes;

    RenderedPageCache(PublicationStamp stamp, long capacityBytes) {
        this.stamp = stamp;
        this.capacity = capacityBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return capacity <= 0
                || !"GET".equals(request.getMethod())
                || !(PAGES.matcher(RequestPaths.of(request)).matches()
                        || FEEDS.matcher(RequestPaths.of(request)).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag = stamp.etag();
        String key = key(request);
        Page page = find(etag, key);
        if (page != null) {
            send(page, etag, request, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        boolean feed = FEEDS.matcher(RequestPaths.of(request)).matches();
        chain.doFilter(request, rendering);
        if (feed
                && rendering.getStatus() == HttpServletResponse.SC_OK
                && rendering.getHeader(HttpHeaders.ETAG) == null) {
            rendering.setHeader(HttpHeaders.ETAG, etag);
        }
        if (rendering.getStatus() == HttpServletResponse.SC_OK
                && etag.equals(rendering.getHeader(HttpHeaders.ETAG))
                && rendering.getHeader(HttpHeaders.SET_COOKIE) == null
                && etag.equals(stamp.etag())
                // Not a page rendered inside a surrounding transaction (a test's): it may show changes that are
                // rolled back, under a stamp that another change reaches again.
                && !TransactionSynchronizationManager.isActualTransactionActive()) {
            keep(etag, key, recorded(rendering));
        }
        rendering.copyBodyToResponse();
    }

    /** The page's address with its parameters encoded, in a fixed order (however the request wrote them). */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getContextPath()).append(RequestPaths.of(request));
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(key.indexOf("?") < 0 ? '?' : '&')
                        .append(encoded(name))
                        .append('=')
                        .append(encoded(value));
            }
        });
        return key.toString();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Page recorded(ContentCachingResponseWrapper rendering) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rendering.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.putIfAbsent(name, new ArrayList<>(rendering.getHeaders(name)));
            }
        }
        long lastModified = -1;
        String header = rendering.getHeader(HttpHeaders.LAST_MODIFIED);
        if (header != null) {
            try {
                lastModified = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                lastModified = -1;
            }
        }
        byte[] body = rendering.getContentAsByteArray();
        return new Page(rendering.getContentType(), headers, lastModified, body, gzipped(body));
    }

    private static byte[] gzipped(byte[] body) {
        if (body.length < COMPRESS_FROM) {
            return null;
        }
        var bytes = new java.io.ByteArrayOutputStream(body.length / 4);
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Whether the visitor takes gzip: named in {@code Accept-Encoding} (or {@code *}) with a weight above zero. An
     * explicit {@code gzip;q=0} refuses it even where {@code *} would allow it.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        boolean accepted = false;
        for (var headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); headers.hasMoreElements(); ) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
                if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                    continue;
                }
                boolean weighted = true;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().toLowerCase(java.util.Locale.ROOT);
                    if (parameter.startsWith("q=")) {
                        try {
                            weighted = Double.parseDouble(parameter.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            weighted = false;
                        }
                    }
                }
                if (!name.equals("*") && !weighted) {
                    return false;
                }
                accepted |= weighted;
            }
        }
        return accepted;
    }

    private static void send(Page page, String etag, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (new ServletWebRequest(request, response).checkNotModified(etag, page.lastModified())) {
            return;
        }
        if (page.gzipped() != null
                && response.getHeaders(HttpHeaders.VARY).stream()
                        .noneMatch(
                                vary -> vary.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding"))) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        response.setContentType(page.contentType());
        // With Content-Encoding set, Tomcat leaves the answer as it is instead of compressing it again.
        byte[] body = page.gzipped() != null && acceptsGzip(request) ? page.gzipped() : page.body();
        if (body != page.body()) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private synchronized Page find(String etag, String key) {
        return etag.equals(stampOfPages) ? pages.get(key) : null;
    }

    private synchronized void keep(String etag, String key, Page page) {
        if (!etag.equals(stampOfPages)) {
            pages.clear();
            bytes = 0;
            stampOfPages = etag;
        }
        if (page.size() > capacity) {
            return;
        }
        Page before = pages.put(key, page);
        bytes += page.size() - (before == null ? 0 : before.size());
        var oldest = pages.entrySet().iterator();
        while (bytes > capacity && oldest.hasNext()) {
            bytes -= oldest.next().getValue().size();
            oldest.remove();
        }
    }

    /** How many pages are kept, for tests. */
    synchronized int size() {
        return pages.size();
    }
}
