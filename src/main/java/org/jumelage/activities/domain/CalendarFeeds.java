package org.jumelage.activities.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.jumelage.activities.ActivityStatus;
import org.springframework.stereotype.Component;

/**
 * Writes activities as iCalendar (RFC 5545): stable UIDs, SEQUENCE from the activity, times in the place's time
 * zone with its VTIMEZONE, whole days as dates, cancelled activities marked CANCELLED.
 */
@Component
public class CalendarFeeds {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /**
     * What an event says beyond its time. Internal events (personal feeds, the office's download, reminders to staff)
     * carry the venue and a cancellation's reason; public ones only the place and the public summary.
     */
    public record EventText(String description, URI url, boolean internal) {

        public static EventText internal(String description, URI url) {
            return new EventText(description, url, true);
        }

        public static EventText published(String publicSummary) {
            return new EventText(publicSummary, null, false);
        }
    }

    public String feed(
            String name, Collection<Activity> activities, Locale locale, Function<Activity, EventText> text) {
        return write(calendar(name, activities, locale, text, false));
    }

    /** A single activity, for download and as an e-mail attachment (METHOD:PUBLISH). */
    public String single(Activity activity, Locale locale, EventText text) {
        return write(calendar(activity.title(locale), java.util.List.of(activity), locale, a -> text, true));
    }

    private Calendar calendar(
            String name,
            Collection<Activity> activities,
            Locale locale,
            Function<Activity, EventText> text,
            boolean publish) {
        Calendar calendar = new Calendar();
        calendar.add(
                new ProdId("-//Jumelage//Activities//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        if (publish) {
            calendar.add(new Method(Method.VALUE_PUBLISH));
        }
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zonesUsed = new LinkedHashSet<>();
        for (Activity activity : activities) {
            if (!activity.isAllDay()) {
                zonesUsed.add(activity.getTimeZone());
            }
        }
        for (String zone : zonesUsed) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        for (Activity activity : activities) {
            calendar.add(event(activity, locale, text.apply(activity)));
        }
        return calendar;
    }

    private VEvent event(Activity activity, Locale locale, EventText text) {
        Schedule schedule = activity.schedule();
        VEvent event;
        if (schedule.allDay()) {
            // DTEND of a date is exclusive: the day after the last day.
            event = new VEvent(schedule.startDate(), schedule.endDate().plusDays(1), activity.title(locale));
        } else {
            ZoneId zone = schedule.zone();
            event = new VEvent(
                    schedule.startDate().atTime(schedule.startTime()).atZone(zone),
                    schedule.endDate().atTime(schedule.endTime()).atZone(zone),
                    activity.title(locale));
        }
        event.add(new Uid(activity.getUid()));
        event.add(new Sequence(activity.getSequence()));
        // The constructor stamps the event with the present moment; RFC 5545 allows one DTSTAMP, so replace it.
        event.replace(new DtStamp(activity.getUpdatedAt()));
        event.add(new LastModified(activity.getUpdatedAt()));
        event.add(new Status(
                switch (activity.getStatus()) {
                    case CANCELLED -> Status.VALUE_CANCELLED;
                    case PLANNED -> Status.VALUE_TENTATIVE;
                    case CONFIRMED, HELD -> Status.VALUE_CONFIRMED;
                }));
        String location = text.internal() ? location(activity) : activity.getPlace();
        if (location != null) {
            event.add(new Location(location));
        }
        String description = text.description();
        if (text.internal() && activity.getStatus() == ActivityStatus.CANCELLED && activity.getCancelReason() != null) {
            description = (description == null ? "" : description + "\n\n") + activity.getCancelReason();
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        if (text.url() != null) {
            event.add(new Url(text.url()));
        }
        return event;
    }

    private static String location(Activity activity) {
        if (activity.getVenue() != null && activity.getPlace() != null) {
            return activity.getVenue() + ", " + activity.getPlace();
        }
        return activity.getVenue() != null ? activity.getVenue() : activity.getPlace();
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // ical4j folds after 75 characters; RFC 5545 (3.1) counts octets, so lines are written whole and folded
            // below, where an umlaut counts twice.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Calendar data is invalid: " + e.getMessage(), e);
        }
        StringBuilder folded = new StringBuilder(out.getBuffer().length() + 256);
        for (String line : out.toString().split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString();
    }

    /** Section 3.1: at most 75 octets a line, continued after CRLF and a space, never inside a character. */
    static void fold(String line, StringBuilder into) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                into.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            into.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        into.append("\r\n");
    }
}
