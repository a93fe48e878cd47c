package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.util.List;

/** What a host placement is: where, on what, in which languages, when, for how long, for how many, with whom. */
public record PlacementDetails(
        long callId,
        long hostUnitId,
        String topicDe,
        String topicEn,
        String descriptionDe,
        String descriptionEn,
        LocalDate periodFrom,
        LocalDate periodTo,
        int weeks,
        int places,
        String mentor,
        List<LanguageSkill> languages) {}
