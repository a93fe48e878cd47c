package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.exchange.domain.ProgrammeDetails;

/** The programme form. */
record ProgrammeForm(
        @Size(max = 40, message = "{validation.tooLong}") String code,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String nameDe,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String nameEn,

        @Size(max = 4000, message = "{validation.tooLong}") String descriptionDe,
        @Size(max = 4000, message = "{validation.tooLong}") String descriptionEn,
        @Size(max = 500, message = "{validation.tooLong}") String fundingDe,
        @Size(max = 500, message = "{validation.tooLong}") String fundingEn,

        @Min(value = 1950, message = "{date.error.year}") @Max(value = 2100, message = "{date.error.year}")
        Integer startYear,

        @Min(value = 1950, message = "{date.error.year}") @Max(value = 2100, message = "{date.error.year}")
        Integer endYear,

        @NotNull(message = "{validation.required}") ProgrammeStatus status,
        Set<Long> administrationIds,
        Long version)
        implements java.io.Serializable {

    static ProgrammeForm empty() {
        return new ProgrammeForm(
                null, null, null, null, null, null, null, null, null, ProgrammeStatus.PLANNED, Set.of(), null);
    }

    static ProgrammeForm of(Programme p) {
        return new ProgrammeForm(
                p.getCode(),
                p.getNameDe(),
                p.getNameEn(),
                p.getDescriptionDe(),
                p.getDescriptionEn(),
                p.getFundingDe(),
                p.getFundingEn(),
                p.getStartYear(),
                p.getEndYear(),
                p.getStatus(),
                p.getAdministrationIds(),
                p.getVersion());
    }

    ProgrammeDetails details() {
        return new ProgrammeDetails(
                nameDe,
                nameEn,
                descriptionDe,
                descriptionEn,
                fundingDe,
                fundingEn,
                startYear,
                endYear,
                status,
                administrationIds == null ? Set.of() : withoutNulls(administrationIds));
    }

    /** An empty checkbox value arrives as null; it means nothing was chosen there. */
    private static <T> Set<T> withoutNulls(Set<T> values) {
        return values.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }
}
