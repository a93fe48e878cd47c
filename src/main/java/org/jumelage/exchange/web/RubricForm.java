package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.jumelage.exchange.Criterion;

/** A call's scoring rubric: a weight from 0 to 5 per criterion, and whether two people score each application. */
record RubricForm(
        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{rubric.error.weightRange}")
        @Max(value = 5, message = "{rubric.error.weightRange}")
        Integer motivation,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{rubric.error.weightRange}")
        @Max(value = 5, message = "{rubric.error.weightRange}")
        Integer objectives,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{rubric.error.weightRange}")
        @Max(value = 5, message = "{rubric.error.weightRange}")
        Integer languages,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{rubric.error.weightRange}")
        @Max(value = 5, message = "{rubric.error.weightRange}")
        Integer firstParticipation,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{rubric.error.weightRange}")
        @Max(value = 5, message = "{rubric.error.weightRange}")
        Integer transfer,

        Boolean doubleScoring,
        long version)
        implements java.io.Serializable {

    Map<Criterion, Integer> weights() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.MOTIVATION, motivation);
        weights.put(Criterion.OBJECTIVES, objectives);
        weights.put(Criterion.LANGUAGES, languages);
        weights.put(Criterion.FIRST_PARTICIPATION, firstParticipation);
        weights.put(Criterion.TRANSFER, transfer);
        return weights;
    }
}
