package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office overview's numbers come from the database (also PostgreSQL in CI), and agree with what counting every
 * relationship of the demo data by hand gives.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@Transactional(readOnly = true)
class AnniversariesDatabaseTests {

    @Autowired
    Anniversaries anniversaries;

    @Autowired
    RelationshipRepository relationships;

    @Autowired
    RegistryService registry;

    @Test
    void theDatabaseFindsTheSameAnniversariesAsLookingAtEveryRelationship() {
        for (LocalDate today :
                List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 5, 1), LocalDate.of(2031, 1, 1))) {
            LocalDate end = today.plusMonths(12);
            List<String> expected = new ArrayList<>();
            for (Relationship relationship : relationships.findAll()) {
                var first = relationship.getFirstInstrument();
                if (first == null || relationship.getStatus() == RelationshipStatus.ENDED) {
                    continue;
                }
                for (int year = today.getYear(); year <= end.getYear(); year++) {
                    var date = new org.jumelage.shared.PartialDate(first.date().withYear(year), first.precision());
                    LocalDate last = switch (date.precision()) {
                        case DAY -> date.date();
                        case MONTH -> date.date().plusMonths(1).minusDays(1);
                        case YEAR -> date.date().plusYears(1).minusDays(1);
                    };
                    if (Anniversaries.isRound(year - first.year())
                            && !last.isBefore(today)
                            && date.date().isBefore(end)) {
                        expected.add(relationship.getId() + ":" + (year - first.year()));
                    }
                }
            }

            assertThat(anniversaries.upcoming(today))
                    .extracting(a -> a.relationshipId() + ":" + a.years())
                    .as("anniversaries from %s", today)
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theCountsByTypeAndStatusAreTheRelationshipsCounted() {
        Map<RelationshipType, Map<RelationshipStatus, Long>> byHand = relationships.findAll().stream()
                .collect(Collectors.groupingBy(
                        Relationship::getType, Collectors.groupingBy(Relationship::getStatus, Collectors.counting())));

        assertThat(registry.countsByTypeAndStatus()).isEqualTo(byHand);
        assertThat(byHand.get(RelationshipType.CITY_PARTNERSHIP).get(RelationshipStatus.DORMANT))
                .as("Moscow rests")
                .isPositive();
    }
}
