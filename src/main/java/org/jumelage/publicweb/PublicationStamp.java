package org.jumelage.publicweb;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.jumelage.content.SiteTexts;
import org.jumelage.partners.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * When a public page last changed, for {@code Last-Modified} and conditional requests: the latest of the registry's
 * last change, the last published text and the application's start (a new release may change every page).
 */
@Component
class PublicationStamp {

    private final PartnerDirectory directory;
    private final SiteTexts texts;
    private final Instant started;

    PublicationStamp(PartnerDirectory directory, SiteTexts texts, Clock clock) {
        this.directory = directory;
        this.texts = texts;
        this.started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Instant current() {
        return Stream.of(directory.lastPublishedChange(), texts.lastPublished())
                .flatMap(java.util.Optional::stream)
                .reduce(started, (a, b) -> a.isAfter(b) ? a : b);
    }
}
