package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jumelage.activities.ActivityStatus;
import org.junit.jupiter.api.Test;

/** The feeds, parsed back with ical4j's parser and checked field by field. */
class CalendarFeedsTests {

    private final CalendarFeeds feeds = new CalendarFeeds();

    private static Activity withId(Activity activity, long id) throws Exception {
        Field field = Activity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(activity, id);
        return activity;
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void timedEventsCarryTheirTimeZoneAndKeepTheirInstantsAcrossTheChangeOfDaylightSavingTime() throws Exception {
        Activity activity = withId(TestActivities.planned(TestActivities.acrossDaylightSavingEnd()), 41);
        String ics = feeds.feed(
                "Test",
                List.of(activity),
                Locale.ENGLISH,
                a -> CalendarFeeds.EventText.internal("Text", URI.create("https://example.org/a/41")));

        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getTimeZoneId().getValue()).isEqualTo("Europe/Warsaw");

        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(event, "UID")).isEqualTo(activity.getUid());
        assertThat(value(event, "SUMMARY")).isEqualTo("Delegation from Warsaw");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(event, "LOCATION")).isEqualTo("Rotes Rathaus, Berlin");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Text");
        assertThat(value(event, "URL")).isEqualTo("https://example.org/a/41");
        assertThat(event.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Warsaw");
        assertThat(value(event, "DTSTART")).isEqualTo("20261024T100000");
        assertThat(value(event, "DTEND")).isEqualTo("20261025T160000");
        // Resolved through the VTIMEZONE in the feed: summer time at the start, standard time at the end.
        Temporal start = event.getDateTimeStart().getDate();
        Temporal end = event.getDateTimeEnd().getDate();
        assertThat(Instant.from(start)).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(Instant.from(end)).isEqualTo(Instant.parse("2026-10-25T15:00:00Z"));
        assertThat(((ZonedDateTime) start).getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(2));
        assertThat(((ZonedDateTime) end).getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(1));
    }

    @Test
    void wholeDaysAreDatesWithAnExclusiveEnd() throws Exception {
        Activity activity = withId(
                TestActivities.planned(
                        Schedule.days(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), TestActivities.WARSAW)),
                42);
        VEvent event = parse(feeds.single(activity, Locale.GERMAN, CalendarFeeds.EventText.published(null)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        assertThat(event.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(event, "DTSTART")).isEqualTo("20260328");
        assertThat(value(event, "DTEND")).isEqualTo("20260330");
        assertThat(value(event, "SUMMARY")).isEqualTo("Delegation aus Warschau");
    }

    @Test
    void aChangeRaisesTheSequenceUnderTheSameUidAndACancellationSaysSo() throws Exception {
        Activity activity = withId(TestActivities.planned(TestActivities.acrossDaylightSavingEnd()), 43);
        String uid = activity.getUid();
        activity.changeStatus(ActivityStatus.CANCELLED, "Hochwasser", "editor", Instant.now());

        VEvent event = parse(feeds.feed(
                        "Test",
                        List.of(activity),
                        Locale.GERMAN,
                        a -> CalendarFeeds.EventText.internal("Zusammenfassung", null)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        assertThat(value(event, "UID")).isEqualTo(uid);
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Zusammenfassung\n\nHochwasser");
    }

    @Test
    void aPublicFeedShowsThePlaceButNeitherTheVenueNorACancellationsReason() throws Exception {
        Activity activity = withId(TestActivities.planned(TestActivities.acrossDaylightSavingEnd()), 44);
        activity.changeStatus(ActivityStatus.CANCELLED, "Interne Gründe der Delegation", "editor", Instant.now());
        VEvent event = parse(feeds.feed(
                        "Public",
                        List.of(activity),
                        Locale.GERMAN,
                        a -> CalendarFeeds.EventText.published("Abgesagt.")))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        assertThat(value(event, "LOCATION")).isEqualTo("Berlin");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Abgesagt.");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(event.getProperty("URL")).isEmpty();
    }

    @Test
    void everyKindOfEventFollowsTheRulesOfRfc5545() throws Exception {
        Activity timed = withId(TestActivities.planned(TestActivities.acrossDaylightSavingEnd()), 43);
        Activity allDay = withId(
                TestActivities.planned(
                        Schedule.days(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), TestActivities.WARSAW)),
                44);
        String description = "Programm: Ankunft, Empfang; danach Fachgespräche, Abendessen.\nZweite Zeile mit Umlauten "
                + "äöüß und einem langen Satz, der weit über fünfundsiebzig Oktette hinausgeht, damit gefaltet wird.";
        for (String ics : List.of(
                feeds.feed(
                        "Öffentlicher Kalender",
                        List.of(timed, allDay),
                        Locale.GERMAN,
                        a -> CalendarFeeds.EventText.internal(description, URI.create("https://example.org/a/1"))),
                feeds.feed(
                        "Public", List.of(timed, allDay), Locale.ENGLISH, a -> CalendarFeeds.EventText.published(null)),
                feeds.single(allDay, Locale.GERMAN, CalendarFeeds.EventText.published(description)))) {
            assertThat(Rfc5545.violations(ics)).as(ics).isEmpty();
        }
    }

    @Test
    void theRfc5545CheckFindsWhatStrictClientsReject() {
        String good = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Test//EN",
                "BEGIN:VEVENT",
                "UID:1@example.org",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:20260328",
                "DTEND;VALUE=DATE:20260330",
                "SUMMARY:Test",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        assertThat(Rfc5545.violations(good)).isEmpty();
        assertThat(Rfc5545.violations(good.replace(
                        "DTSTAMP:20260101T000000Z\r\n", "DTSTAMP:20260101T000000Z\r\nDTSTAMP:20260102T000000Z\r\n")))
                .containsExactly("event 1 (1@example.org) has DTSTAMP 2 times");
        assertThat(Rfc5545.violations(good.replace("DTSTAMP:20260101T000000Z\r\n", "")))
                .containsExactly("event 1 (1@example.org) has no DTSTAMP");
        assertThat(Rfc5545.violations(good.replace("\r\n", "\n"))).isNotEmpty();
        assertThat(Rfc5545.violations(good.replace("SUMMARY:Test", "SUMMARY:" + "x".repeat(80))))
                .containsExactly("line 9 is longer than 75 octets");
        assertThat(Rfc5545.violations(good.replace("DTEND;VALUE=DATE:20260330", "DTEND;VALUE=DATE:20260327")))
                .hasSize(1);
    }
}
