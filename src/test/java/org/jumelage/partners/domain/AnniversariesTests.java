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
    void asksOnlyForTheYearsThatMakeARoundAnniversaryInTheTwelveMonths() {
        var years = Anniversaries.firstYears(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 11, 26));

        assertThat(years)
                .contains(2021, 2022, 2016, 2017, 2006, 2007, 1987, 1991, 1967)
                .doesNotContain(1988, 2023, 2015);
    }

    @Test
    void findsTheRoundAnniversariesOfTheNextTwelveMonthsInDateOrder() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        when(repository.findDatedExcept(
                        RelationshipStatus.ENDED, Anniversaries.firstYears(today, today.plusMonths(12))))
                .thenReturn(List.of(
                        dated("Los Angeles", "1967-06-27"),
                        dated("Paris", "1987-07-02"),
                        dated("Budapest", "1991-12-14"),
                        dated("Somewhere", "2017-03")));

        var upcoming = anniversaries.upcoming(today);

        assertThat(upcoming)
                .extracting(Anniversaries.Anniversary::cityNameEn, Anniversaries.Anniversary::years)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Budapest", 35),
                        org.assertj.core.groups.Tuple.tuple("Somewhere", 10),
                        org.assertj.core.groups.Tuple.tuple("Los Angeles", 60),
                        org.assertj.core.groups.Tuple.tuple("Paris", 40));
        assertThat(upcoming.getFirst().date().toIsoString()).isEqualTo("2026-12-14");
    }

    private static Anniversaries.Dated dated(String city, String first) {
        return new Anniversaries.Dated(city.length(), city, city, org.jumelage.shared.PartialDate.parse(first));
    }
}
