package org.jumelage.exchange.domain;

import java.util.Set;
import org.jumelage.exchange.ProgrammeStatus;

/** What the programme form edits. */
public record ProgrammeDetails(
        String nameDe,
        String nameEn,
        String descriptionDe,
        String descriptionEn,
        String fundingDe,
        String fundingEn,
        Integer startYear,
        Integer endYear,
        ProgrammeStatus status,
        Set<Long> administrationIds) {

    public ProgrammeDetails {
        administrationIds = Set.copyOf(administrationIds);
    }
}
