package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.jumelage.exchange.Criterion;

/**
 * A scorecard: a mark from 0 to 5 per criterion the rubric weighs (the domain says which are needed), a comment, and
 * the version of the person's own scorecard (none for a new one).
 */
record ScoreForm(
        @Min(value = 0, message = "{score.error.markRange}") @Max(value = 5, message = "{score.error.markRange}")
        Integer motivation,

        @Min(value = 0, message = "{score.error.markRange}") @Max(value = 5, message = "{score.error.markRange}")
        Integer objectives,

        @Min(value = 0, message = "{score.error.markRange}") @Max(value = 5, message = "{score.error.markRange}")
        Integer languages,

        @Min(value = 0, message = "{score.error.markRange}") @Max(value = 5, message = "{score.error.markRange}")
        Integer firstParticipation,

        @Min(value = 0, message = "{score.error.markRange}") @Max(value = 5, message = "{score.error.markRange}")
        Integer transfer,

        @Size(max = 2000, message = "{validation.tooLong}") String comment,
        Long version)
        implements java.io.Serializable {

    Map<Criterion, Integer> marks() {
        Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
        put(marks, Criterion.MOTIVATION, motivation);
        put(marks, Criterion.OBJECTIVES, objectives);
        put(marks, Criterion.LANGUAGES, languages);
        put(marks, Criterion.FIRST_PARTICIPATION, firstParticipation);
        put(marks, Criterion.TRANSFER, transfer);
        return marks;
    }

    Integer mark(Criterion criterion) {
        return marks().get(criterion);
    }

    private static void put(Map<Criterion, Integer> marks, Criterion criterion, Integer mark) {
        if (mark != null) {
            marks.put(criterion, mark);
        }
    }

    static ScoreForm of(org.jumelage.exchange.domain.Scorecard card) {
        Map<Criterion, Integer> m = card.getMarks();
        return new ScoreForm(
                m.get(Criterion.MOTIVATION),
                m.get(Criterion.OBJECTIVES),
                m.get(Criterion.LANGUAGES),
                m.get(Criterion.FIRST_PARTICIPATION),
                m.get(Criterion.TRANSFER),
                card.getComment(),
                card.getVersion());
    }
}
