package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.content.SiteTexts;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.partners.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;

/**
 * Two instances of one release behind one address answer a visitor's cached copy alike: the stamp depends on the
 * published data and the release, not on when an instance started.
 */
class PublicationStampTests {

    private final PartnerDirectory directory = mock(PartnerDirectory.class);
    private final SiteTexts texts = mock(SiteTexts.class);
    private final ActivityCalendar activities = mock(ActivityCalendar.class);
    private final ExchangeProgrammes programmes = mock(ExchangeProgrammes.class);

    PublicationStampTests() {
        when(directory.changeStamp()).thenReturn("26:812");
        when(texts.changeStamp()).thenReturn("4:9");
        when(activities.changeStamp()).thenReturn("12:40");
        when(programmes.changeStamp()).thenReturn("2:7");
        when(directory.lastPublishedChange()).thenReturn(Optional.of(Instant.parse("2026-11-30T10:15:30Z")));
        when(texts.lastPublished()).thenReturn(Optional.empty());
        when(activities.lastPublicChange()).thenReturn(Optional.of(Instant.parse("2026-11-02T08:00:00Z")));
        when(programmes.lastChange()).thenReturn(Optional.empty());
    }

    private PublicationStamp startedAt(String instant, BuildProperties build) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (build != null) {
            beans.addBean("buildProperties", build);
        }
        ObjectProvider<BuildProperties> provider = beans.getBeanProvider(BuildProperties.class);
        return new PublicationStamp(
                directory,
                texts,
                activities,
                programmes,
                provider,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static BuildProperties build(String version, String time) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        properties.setProperty("time", Long.toString(Instant.parse(time).toEpochMilli()));
        return new BuildProperties(properties);
    }

    @Test
    void twoInstancesOfOneReleaseStartedAtDifferentTimesGiveTheSameStamp() {
        BuildProperties release = build("1.4.0", "2026-11-01T12:00:00Z");
        PublicationStamp first = startedAt("2026-12-01T06:00:00Z", release);
        PublicationStamp second = startedAt("2026-12-06T07:42:13Z", release);

        assertThat(second.etag()).isEqualTo(first.etag()).startsWith("W/\"p");
        assertThat(second.current()).isEqualTo(first.current()).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
    }

    @Test
    void aNewReleaseOrAPublishedChangeMovesTheStamp() {
        PublicationStamp old = startedAt("2026-12-01T06:00:00Z", build("1.4.0", "2026-11-01T12:00:00Z"));
        PublicationStamp next = startedAt("2026-12-01T06:00:00Z", build("1.5.0", "2026-12-05T12:00:00Z"));

        assertThat(next.etag()).isNotEqualTo(old.etag());
        // Built after the last published change: pages may have changed with the release.
        assertThat(next.current()).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));

        String before = old.etag();
        when(texts.changeStamp()).thenReturn("5:10");
        assertThat(old.etag()).isNotEqualTo(before);
    }

    @Test
    void withoutBuildInformationTheInstancesStartStandsInForTheRelease() {
        PublicationStamp first = startedAt("2026-12-06T07:00:00Z", null);
        PublicationStamp second = startedAt("2026-12-06T08:00:00Z", null);

        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(second.current()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
    }
}
