package org.jumelage.partners.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Round anniversaries of relationships in the next twelve months, counted from the first instrument. Round means
 * 5 and 10 years, then every multiple of five from 20 on, as the office counts them.
 */
@Service
@Transactional(readOnly = true)
public class Anniversaries {

    public record Anniversary(Relationship relationship, int years, PartialDate date) {}

    private final RelationshipRepository relationships;
    private final Clock clock;

    Anniversaries(RelationshipRepository relationships, Clock clock) {
        this.relationships = relationships;
        this.clock = clock;
    }

    public List<Anniversary> upcoming() {
        return upcoming(LocalDate.now(clock));
    }

    List<Anniversary> upcoming(LocalDate today) {
        LocalDate end = today.plusMonths(12);
        List<Anniversary> result = new ArrayList<>();
        for (Relationship relationship : relationships.findDatedExcept(RelationshipStatus.ENDED)) {
            PartialDate first = relationship.getFirstInstrument();
            for (int year = today.getYear(); year <= end.getYear(); year++) {
                int years = year - first.year();
                PartialDate date = new PartialDate(first.date().withYear(year), first.precision());
                if (isRound(years) && falls(date, today, end)) {
                    result.add(new Anniversary(relationship, years, date));
                }
            }
        }
        result.sort(Comparator.comparing(
                        (Anniversary anniversary) -> anniversary.date().date())
                .thenComparing(
                        anniversary -> anniversary.relationship().getCity().getNameDe()));
        return result;
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
