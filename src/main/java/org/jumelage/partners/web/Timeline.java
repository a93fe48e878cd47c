package org.jumelage.partners.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jumelage.partners.domain.Instrument;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.partners.domain.StatusChange;
import org.jumelage.shared.PartialDate;

/** Instruments and status changes of a relationship on one time line, oldest first; undated entries last. */
public record Timeline(List<Entry> entries) {

    public record Entry(PartialDate date, Instrument instrument, StatusChange statusChange) {

        public boolean isInstrument() {
            return instrument != null;
        }
    }

    static Timeline of(Relationship relationship) {
        List<Entry> entries = new ArrayList<>();
        relationship.instrumentsInOrder().forEach(i -> entries.add(new Entry(i.getSigned(), i, null)));
        relationship.statusHistory().forEach(s -> entries.add(new Entry(s.getValidFrom(), null, s)));
        entries.sort(Comparator.comparing((Entry entry) ->
                entry.date() == null ? LocalDate.MAX : entry.date().date()));
        return new Timeline(entries);
    }
}
