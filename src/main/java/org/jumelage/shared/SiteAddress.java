package org.jumelage.shared;

import org.springframework.stereotype.Component;

/**
 * This installation's public address ({@code jumelage.base-url}, with its context path), the one source of every
 * absolute address the application writes: sitemap, robots, canonical links, feeds, mails. Never taken from the
 * request's Host header, which a client chooses freely.
 */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(InstallationProperties installation) {
        String base = installation.baseUrl();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The address without a trailing slash, for example {@code https://partnerschaften.example.org}. */
    public String base() {
        return base;
    }

    /** The absolute address of a path within the application, which starts with a slash. */
    public String of(String path) {
        return base + path;
    }
}
