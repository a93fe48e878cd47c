package org.jumelage.activities.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an iCalendar text against the rules of RFC 5545 that strict clients enforce, read from the RFC and written
 * here independently of ical4j (which wrote the feeds): CRLF line endings, lines of at most 75 octets (section 3.1),
 * well-formed content lines, balanced components, the calendar's VERSION and PRODID once (3.6), and for every VEVENT
 * (3.6.1) DTSTAMP, UID and DTSTART required, the properties that "MUST NOT occur more than once" at most once, DTEND
 * and DURATION not both, and DTEND after DTSTART in the same value type.
 */
public final class Rfc5545 {

    private static final Pattern CONTENT_LINE = Pattern.compile(
            "^([A-Za-z0-9-]+)((;[A-Za-z0-9-]+=(\"[^\"]*\"|[^\";:,]*)(,(\"[^\"]*\"|[^\";:,]*))*)*):(.*)$");

    private static final Set<String> ONCE_IN_EVENT = Set.of(
            "DTSTAMP",
            "UID",
            "DTSTART",
            "CLASS",
            "CREATED",
            "DESCRIPTION",
            "GEO",
            "LAST-MODIFIED",
            "LOCATION",
            "ORGANIZER",
            "PRIORITY",
            "SEQUENCE",
            "STATUS",
            "SUMMARY",
            "TRANSP",
            "URL",
            "RECURRENCE-ID",
            "DTEND",
            "DURATION");

    private Rfc5545() {}

    public static List<String> violations(String ics) {
        List<String> found = new ArrayList<>();
        if (!ics.endsWith("\r\n")) {
            found.add("the text does not end with CRLF");
        }
        String[] physical = ics.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            if (physical[i].indexOf('\n') >= 0 || physical[i].indexOf('\r') >= 0) {
                found.add("line " + (i + 1) + " ends with a bare LF or CR");
            }
            if (physical[i].getBytes(StandardCharsets.UTF_8).length > 75) {
                found.add("line " + (i + 1) + " is longer than 75 octets");
            }
        }
        List<String> lines = unfold(physical);
        List<String> open = new ArrayList<>();
        Map<String, Integer> calendarCounts = new HashMap<>();
        Map<String, String> event = null;
        Map<String, Integer> eventCounts = null;
        int events = 0;
        for (String line : lines) {
            var match = CONTENT_LINE.matcher(line);
            if (!match.matches()) {
                found.add("not a content line: " + line);
                continue;
            }
            String name = match.group(1).toUpperCase();
            String value = match.group(7);
            if (name.equals("BEGIN")) {
                open.add(value);
                if (value.equals("VEVENT")) {
                    event = new HashMap<>();
                    eventCounts = new HashMap<>();
                    events++;
                }
            } else if (name.equals("END")) {
                if (open.isEmpty() || !open.getLast().equals(value)) {
                    found.add("END:" + value + " does not close " + (open.isEmpty() ? "anything" : open.getLast()));
                } else {
                    open.removeLast();
                }
                if (value.equals("VEVENT") && event != null) {
                    checkEvent(events, event, eventCounts, found);
                    event = null;
                }
            } else if (open.size() == 1 && open.getFirst().equals("VCALENDAR")) {
                calendarCounts.merge(name, 1, Integer::sum);
            } else if (event != null && open.getLast().equals("VEVENT")) {
                eventCounts.merge(name, 1, Integer::sum);
                event.put(name, match.group(2) + ":" + value);
            }
        }
        if (!open.isEmpty()) {
            found.add("components left open: " + open);
        }
        for (String required : List.of("VERSION", "PRODID")) {
            if (calendarCounts.getOrDefault(required, 0) != 1) {
                found.add("the calendar has " + calendarCounts.getOrDefault(required, 0) + " " + required);
            }
        }
        return found;
    }

    private static void checkEvent(
            int number, Map<String, String> event, Map<String, Integer> counts, List<String> found) {
        String uid = event.getOrDefault("UID", ":no UID");
        String which = "event " + number + " (" + uid.substring(uid.indexOf(':') + 1) + ")";
        for (String required : List.of("DTSTAMP", "UID", "DTSTART")) {
            if (!counts.containsKey(required)) {
                found.add(which + " has no " + required);
            }
        }
        counts.forEach((name, count) -> {
            if (count > 1 && ONCE_IN_EVENT.contains(name)) {
                found.add(which + " has " + name + " " + count + " times");
            }
        });
        if (counts.containsKey("DTEND") && counts.containsKey("DURATION")) {
            found.add(which + " has both DTEND and DURATION");
        }
        String start = event.get("DTSTART");
        String end = event.get("DTEND");
        if (start != null && end != null) {
            boolean startIsDate = start.contains("VALUE=DATE:");
            boolean endIsDate = end.contains("VALUE=DATE:");
            if (startIsDate != endIsDate) {
                found.add(which + " mixes a DATE and a DATE-TIME in DTSTART and DTEND");
            }
            String startValue = start.substring(start.lastIndexOf(':') + 1);
            String endValue = end.substring(end.lastIndexOf(':') + 1);
            boolean sameZone =
                    start.substring(0, start.lastIndexOf(':')).equals(end.substring(0, end.lastIndexOf(':')));
            if (sameZone && startValue.length() == endValue.length() && endValue.compareTo(startValue) <= 0) {
                found.add(which + " ends (" + endValue + ") before or when it starts (" + startValue + ")");
            }
        }
    }

    /** Section 3.1: a line that starts with a space or a tab continues the one before it. */
    private static List<String> unfold(String[] physical) {
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
