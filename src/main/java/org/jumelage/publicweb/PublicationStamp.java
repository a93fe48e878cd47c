package org.jumelage.publicweb;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.content.SiteTexts;
import org.jumelage.partners.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * When a public page last changed, for {@code Last-Modified} and conditional requests: the latest of the registry's
 * last change, the last published text, the activities' last change or end, and the application's start (a new
 * release may change every page).
 */
@Component
class PublicationStamp {

    private final PartnerDirectory directory;
    private final SiteTexts texts;
    private final ActivityCalendar activities;
    private final org.jumelage.exchange.ExchangeProgrammes programmes;
    private final Instant started;

    PublicationStamp(
            PartnerDirectory directory,
            SiteTexts texts,
            ActivityCalendar activities,
            org.jumelage.exchange.ExchangeProgrammes programmes,
            Clock clock) {
        this.directory = directory;
        this.texts = texts;
        this.activities = activities;
        this.programmes = programmes;
        this.started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Instant current() {
        return Stream.of(
                        directory.lastPublishedChange(),
                        texts.lastPublished(),
                        activities.lastPublicChange(),
                        programmes.lastChange())
                .flatMap(java.util.Optional::stream)
                .reduce(started, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * Answers a conditional request without rendering the page. {@code Last-Modified} (whole seconds, from clocks)
     * serves clients without ETags; the ETag is exact. It is weak, because Tomcat does not compress responses with a
     * strong one.
     */
    boolean notModified(org.springframework.web.context.request.WebRequest request) {
        return notModified(request, etag());
    }

    /** The same with the ETag already computed, for a caller that needs it again (the open data's files). */
    boolean notModified(org.springframework.web.context.request.WebRequest request, String etag) {
        return request.checkNotModified(etag, current().toEpochMilli());
    }

    /**
     * The ETag: a digest of every source's change stamp (counts and sums of versions, which move with every committed
     * change whatever the clocks say) and the application's start. Browsers send it back, and then it alone decides.
     */
    String etag() {
        String stamps = String.join(
                "|",
                directory.changeStamp(),
                texts.changeStamp(),
                activities.changeStamp(),
                programmes.changeStamp(),
                started.toString());
        return "W/\"p"
                + org.jumelage.shared.StoredFiles.sha256(stamps.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 20)
                + "\"";
    }
}
