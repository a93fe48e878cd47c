package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every request gets an id in the log's MDC and its answer; a trusted proxy's id is kept only if it is a plain one, a
 * client's own never (over real HTTP: {@code ForwardedHeadersTests}).
 */
class RequestIdsTests {

    private static String[] serve(String given) throws Exception {
        return serve(given, true);
    }

    private static String[] serve(String given, boolean throughTrustedProxy) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (throughTrustedProxy) {
            request.setAttribute(RequestIds.FORWARDED, Boolean.TRUE);
        }
        if (given != null) {
            request.addHeader("X-Request-Id", given);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        String[] seen = new String[1];
        new RequestIds().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen[0] = MDC.get("request.id");
            }
        });
        assertThat(MDC.get("request.id")).as("removed after the request").isNull();
        return new String[] {seen[0], response.getHeader("X-Request-Id")};
    }

    @Test
    void aProxysPlainIdIsKept() throws Exception {
        assertThat(serve("edge-7f3a.9_b")).containsExactly("edge-7f3a.9_b", "edge-7f3a.9_b");
    }

    @Test
    void withoutAnIdOrWithOneThatCouldForgeLogLinesANewOneIsMade() throws Exception {
        for (String given : new String[] {null, "", "a\nWARN forged", "x".repeat(65), "<script>"}) {
            String[] ids = serve(given);
            assertThat(ids[0]).matches("[0-9a-f-]{36}").isEqualTo(ids[1]);
        }
    }

    @Test
    void anIdThatDidNotComeThroughATrustedProxyIsReplaced() throws Exception {
        String[] ids = serve("edge-7f3a.9_b", false);
        assertThat(ids[0]).matches("[0-9a-f-]{36}").isEqualTo(ids[1]);
    }
}
