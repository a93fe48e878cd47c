package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.util.List;

/** What an applicant fills in; a draft may leave any of it empty, a submission needs all of it. */
public record ApplicationDetails(
        Long homeUnitId,
        String position,
        List<LanguageSkill> languages,
        String motivation,
        String objectives,
        List<Long> choices,
        LocalDate preferredFrom,
        LocalDate preferredTo,
        Integer weeks,
        Long supervisorId) {

    public static final int MAX_CHOICES = 3;
}
