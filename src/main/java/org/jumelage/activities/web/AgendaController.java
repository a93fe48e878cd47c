package org.jumelage.activities.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.CalendarEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activities in time: the agenda of what comes next, and a month as a calendar grid. */
@Controller
@RequestMapping("/office/activities")
class AgendaController {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final ActivityService activities;
    private final Choices choices;
    private final Clock clock;

    AgendaController(ActivityService activities, Choices choices, Clock clock) {
        this.activities = activities;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/agenda")
    String agenda(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("page", activities.agenda(page));
        choices.names(model, locale);
        return "activities/agenda";
    }

    /** How many activities a day of the month grid names; a link leads to all of the day's. */
    static final int PER_DAY = 4;

    /**
     * A month as a calendar grid, Monday first; each day names up to {@link #PER_DAY} of the activities that touch it
     * and links to the list of all of them.
     */
    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String month, Model model, Locale locale) {
        YearMonth shown;
        try {
            shown = month == null ? YearMonth.now(clock.withZone(OFFICE_ZONE)) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            shown = YearMonth.now(clock.withZone(OFFICE_ZONE));
        }
        List<CalendarEntry> inMonth = activities.month(shown);
        List<List<CalendarDay>> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(shown.atEndOfMonth())) {
            List<CalendarDay> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate current = day;
                List<CalendarEntry> onDay =
                        inMonth.stream().filter(a -> a.coversDay(current)).toList();
                week.add(new CalendarDay(
                        current,
                        YearMonth.from(current).equals(shown),
                        onDay.subList(0, Math.min(PER_DAY, onDay.size())),
                        onDay.size() - Math.min(PER_DAY, onDay.size())));
            }
            weeks.add(week);
        }
        model.addAttribute("month", shown);
        model.addAttribute("weeks", weeks);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("empty", inMonth.isEmpty());
        return "activities/calendar";
    }

    /** A day of the month grid: the activities it names and how many more touch it. */
    record CalendarDay(LocalDate date, boolean inMonth, List<CalendarEntry> activities, int more) {}
}
