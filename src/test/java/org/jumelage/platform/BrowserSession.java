package org.jumelage.platform;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's session across MockMvc requests. Sessions live in the database (Spring Session JDBC, ADR 0032) and are
 * found by their cookie, as a browser sends it; a {@code MockHttpSession} handed to a request is not consulted.
 */
final class BrowserSession {

    private final MockMvc mvc;
    private Cookie cookie;

    BrowserSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The sign-in form sent from a client's address, with its CSRF token. */
    static MockHttpServletRequestBuilder signIn(String username, String password, String client) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", username)
                .param("password", password)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                });
    }

    /** Sends the request with the session's cookie, and keeps the cookie the answer sets (or clears). */
    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        ResultActions result = mvc.perform(request);
        Cookie set = result.andReturn().getResponse().getCookie("SESSION");
        if (set != null) {
            cookie = set.getMaxAge() == 0 || set.getValue().isEmpty() ? null : set;
        }
        return result;
    }

    /** The session's cookie, for a request sent by hand (null before the first answer set one). */
    Cookie cookie() {
        return cookie;
    }

    /** Whether the browser still holds a session cookie (an ended session's answer clears it). */
    boolean hasCookie() {
        return cookie != null;
    }
}
