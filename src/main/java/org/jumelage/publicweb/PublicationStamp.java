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
 * last change, the last published text, the activities' last change or end, and the release (a new release may change
 * every page). The release is the build's version and time ({@code META-INF/build-info.properties}), the same on every
 * instance that runs it and after a restart, so that two instances behind one address answer a visitor's cached copy
 * alike; only without build information (a start from an IDE) does the instance's start stand in for it.
 */
@Component
class PublicationStamp {

    private final PartnerDirectory directory;
    private final SiteTexts texts;
    private final ActivityCalendar activities;
    private final org.jumelage.exchange.ExchangeProgrammes programmes;
    /** When the release was built (or, without build information, when this instance started). */
    private final Instant released;
    /** The release's name in the ETag: version and build time. */
    private final String release;

    PublicationStamp(
            PartnerDirectory directory,
            SiteTexts texts,
            ActivityCalendar activities,
            org.jumelage.exchange.ExchangeProgrammes programmes,
            org.springframework.beans.factory.ObjectProvider<org.springframework.boot.info.BuildProperties> build,
            Clock clock) {
        this.directory = directory;
        this.texts = texts;
        this.activities = activities;
        this.programmes = programmes;
        org.springframework.boot.info.BuildProperties info = build.getIfAvailable();
        if (info != null && info.getTime() != null) {
            this.released = info.getTime().truncatedTo(ChronoUnit.SECONDS);
            this.release = info.getVersion() + "@" + info.getTime();
        } else {
            this.released = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            this.release = "started@" + released;
        }
    }

    Instant current() {
        return Stream.of(
                        directory.lastPublishedChange(),
                        texts.lastPublished(),
                        activities.lastPublicChange(),
                        programmes.lastChange())
                .flatMap(java.util.Optional::stream)
                .reduce(released, (a, b) -> a.isAfter(b) ? a : b);
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
     * change whatever the clocks say) and the release. Browsers send it back, and then it alone decides.
     */
    String etag() {
        String stamps = String.join(
                "|",
                directory.changeStamp(),
                texts.changeStamp(),
                activities.changeStamp(),
                programmes.changeStamp(),
                release);
        return "W/\"p"
                + org.jumelage.shared.StoredFiles.sha256(stamps.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 20)
                + "\"";
    }
}
