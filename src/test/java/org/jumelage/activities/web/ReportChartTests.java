package org.jumelage.activities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The activities report's chart: a time line of years, empty years as bars of zero, the highest value inside. */
class ReportChartTests {

    @Test
    void yearsWithoutActivitiesAreBarsOfZeroOnAContinuousAxis() {
        Map<Integer, Long> byYear = new TreeMap<>(Map.of(2012, 3L, 2015, 6L));

        List<ReportController.Bar> bars = ReportController.bars(byYear, null, null);

        assertThat(bars).extracting(ReportController.Bar::label).containsExactly("2012", "2013", "2014", "2015");
        assertThat(bars).extracting(ReportController.Bar::count).containsExactly(3L, 0L, 0L, 6L);
        assertThat(bars).extracting(ReportController.Bar::x).containsExactly(10, 50, 90, 130);
        // The highest bar leaves room for its value above it: 140 of the drawing's 172 units to the axis.
        assertThat(bars.get(3).height()).isEqualTo(140);
        assertThat(bars.get(0).height()).isEqualTo(70);
    }

    @Test
    void theSelectionsOwnYearsBoundTheAxis() {
        List<ReportController.Bar> bars = ReportController.bars(new TreeMap<>(Map.of(2013, 2L)), 2012, 2014);

        assertThat(bars).extracting(ReportController.Bar::label).containsExactly("2012", "2013", "2014");
        assertThat(ReportController.bars(new TreeMap<>(), null, null)).isEmpty();
    }

    @Test
    void aVeryLongSelectionIsDrawnFromItsLastYears() {
        List<ReportController.Bar> bars = ReportController.bars(new TreeMap<>(Map.of(1900, 1L, 2026, 1L)), null, null);

        assertThat(bars).hasSize(ReportController.CHART_YEARS);
        assertThat(bars.getLast().label()).isEqualTo("2026");
    }
}
