package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jumelage.partners.RelationshipStatus;
import org.junit.jupiter.api.Test;

class AnniversariesTests {

    private final RelationshipRepository repository = mock(RelationshipRepository.class);
    private final Anniversaries anniversaries = new Anniversaries(repository, Clock.systemUTC());

    @Test
    void roundMeansFiveTenAndEveryFifthYearFromTwenty() {
        assertThat(List.of(1, 4, 5, 10, 15, 20, 25, 30, 35, 37, 60))
                .filteredOn(Anniversaries::isRound)
                .containsExactly(5, 10, 20, 25, 30, 35, 60);
    }

    @Test
    void findsTheRoundAnniversariesOfTheNextTwelveMonthsInDateOrder() {
        when(repository.findDatedExcept(RelationshipStatus.ENDED))
                .thenReturn(List.of(
                        TestRelationships.partnershipSince("Los Angeles", "1967-06-27"),
                        TestRelationships.partnershipSince("Paris", "1987-07-02"),
                        TestRelationships.partnershipSince("Madrid", "1988-11-04"),
                        TestRelationships.partnershipSince("Budapest", "1991-12-14"),
                        TestRelationships.partnershipSince("Kyiv", "2023-09-14"),
                        TestRelationships.partnershipSince("Somewhere", "2017-03")));

        var upcoming = anniversaries.upcoming(LocalDate.of(2026, 11, 26));

        assertThat(upcoming)
                .extracting(a -> a.relationship().getCity().getNameEn(), Anniversaries.Anniversary::years)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Budapest", 35),
                        org.assertj.core.groups.Tuple.tuple("Somewhere", 10),
                        org.assertj.core.groups.Tuple.tuple("Los Angeles", 60),
                        org.assertj.core.groups.Tuple.tuple("Paris", 40));
        assertThat(upcoming.getFirst().date().toIsoString()).isEqualTo("2026-12-14");
    }
}
