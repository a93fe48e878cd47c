package org.jumelage.partners.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.shared.Localized;
import org.jumelage.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Round anniversaries of relationships in the next twelve months, counted from the first instrument. Round means
 * 5 and 10 years, then every multiple of five from 20 on, as the office counts them. Only relationships whose first
 * instrument lies in a year that can make a round anniversary now are read, as plain values.
 */
@Service
@Transactional(readOnly = true)
public class Anniversaries {

    /** How many anniversaries the office overview names; it counts the rest. */
    public static final int SHOWN = 20;

    /** A relationship's first instrument as the anniversaries need it. */
    public record Dated(long relationshipId, String cityNameDe, String cityNameEn, PartialDate first) {}

    public record Anniversary(long relationshipId, String cityNameDe, String cityNameEn, int years, PartialDate date) {

        public String cityName(Locale locale) {
            return Localized.pick(locale, cityNameDe, cityNameEn);
        }
    }

    /** The first {@link #SHOWN} anniversaries, soonest first, and how many there are in all. */
    public record Upcoming(List<Anniversary> next, int total) {}

    private final RelationshipRepository relationships;
    private final Clock clock;

    Anniversaries(RelationshipRepository relationships, Clock clock) {
        this.relationships = relationships;
        this.clock = clock;
    }

    public Upcoming upcoming() {
        LocalDate today = LocalDate.now(clock);
        long changes = relationships.findChangeCount();
        Kept before = kept;
        if (before != null && before.changes() == changes && before.today().equals(today)) {
            return before.upcoming();
        }
        List<Anniversary> all = upcoming(today);
        Upcoming upcoming = new Upcoming(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), all.size());
        // Kept only when read in a read-only transaction (a writing one may see its own change, then roll back).
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            kept = new Kept(changes, today, upcoming);
        }
        return upcoming;
    }

    /**
     * The office start page's anniversaries, kept for the day until the registry changes: every view of the start
     * page read the relationships that can make a round anniversary (about a fifth of them).
     */
    private record Kept(long changes, LocalDate today, Upcoming upcoming) {}

    private volatile Kept kept;

    List<Anniversary> upcoming(LocalDate today) {
        LocalDate end = today.plusMonths(12);
        List<Anniversary> result = new ArrayList<>();
        for (Dated relationship : relationships.findDatedExcept(RelationshipStatus.ENDED, firstYears(today, end))) {
            PartialDate first = relationship.first();
            for (int year = today.getYear(); year <= end.getYear(); year++) {
                int years = year - first.year();
                PartialDate date = new PartialDate(first.date().withYear(year), first.precision());
                if (isRound(years) && falls(date, today, end)) {
                    result.add(new Anniversary(
                            relationship.relationshipId(),
                            relationship.cityNameDe(),
                            relationship.cityNameEn(),
                            years,
                            date));
                }
            }
        }
        result.sort(Comparator.comparing(
                        (Anniversary anniversary) -> anniversary.date().date())
                .thenComparing(Anniversary::cityNameDe));
        return result;
    }

    /** The years of a first instrument that make a round anniversary between today and the end (five centuries). */
    static Set<Integer> firstYears(LocalDate today, LocalDate end) {
        Set<Integer> years = new TreeSet<>();
        for (int year = today.getYear(); year <= end.getYear(); year++) {
            for (int age = 5; age <= 500; age++) {
                if (isRound(age)) {
                    years.add(year - age);
                }
            }
        }
        return years;
    }

    static boolean isRound(int years) {
        return years == 5 || years == 10 || (years >= 20 && years % 5 == 0);
    }

    /** Whether the anniversary falls in [today, end): a month- or year-precise date counts if its period overlaps. */
    private static boolean falls(PartialDate date, LocalDate today, LocalDate end) {
        LocalDate start = date.date();
        LocalDate last = switch (date.precision()) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
        return !last.isBefore(today) && start.isBefore(end);
    }
}
