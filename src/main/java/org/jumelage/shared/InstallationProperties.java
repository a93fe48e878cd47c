package org.jumelage.shared;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the installation that every module reads: its public address and the office's time zone. Set under
 * {@code jumelage.*}; a time zone that does not exist, or an address that is not absolute, stops the start.
 *
 * @param baseUrl this installation's public address, such as {@code https://partnerschaften.example.org}: every
 *     absolute link (mails, the sitemap, feeds, canonical links) starts with it, never with the request's Host header
 * @param timeZone the office's time zone (a region such as {@code Europe/Berlin}): dates and times on pages and in
 *     mails, nightly jobs, day filters
 */
@Validated
@ConfigurationProperties("jumelage")
public record InstallationProperties(
        @DefaultValue("http://localhost:8080")
        @NotNull
        @Pattern(
                regexp = "https?://[^/\\s]+\\S*",
                message = "must be an absolute http or https address, such as https://partnerschaften.example.org")
        String baseUrl,

        @DefaultValue("Europe/Berlin") @NotNull ZoneId timeZone) {}
