package org.jumelage.partners.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.ResponsibilityRole;
import org.springframework.web.multipart.MultipartFile;

/** The small forms on a relationship's sub-pages. Each carries the version of the relationship it was opened on. */
final class PartForms {

    private PartForms() {}

    record StatusForm(
            @NotNull(message = "{validation.required}") RelationshipStatus status,

            @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
            Integer year,

            @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
            Integer month,

            @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
            Integer day,

            @NotBlank(message = "{status.error.reasonRequired}") @Size(max = 1000, message = "{validation.tooLong}")
            String reason,

            @Size(max = 500, message = "{validation.tooLong}")
            String source,

            @NotNull long version) {}

    record InstrumentForm(
            @NotNull(message = "{validation.required}") InstrumentKind kind,

            @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
            Integer year,

            @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
            Integer month,

            @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
            Integer day,

            @Size(max = 200, message = "{validation.tooLong}")
            String place,

            @Size(max = 1000, message = "{validation.tooLong}")
            String signatories,

            @Size(max = 4000, message = "{validation.tooLong}")
            String summary,

            @Size(max = 500, message = "{validation.tooLong}")
            String source,

            MultipartFile document,
            long version) {}

    record FocusForm(
            @NotBlank(message = "{validation.required}") String code,

            @Size(max = 300, message = "{validation.tooLong}")
            String detailDe,

            @Size(max = 300, message = "{validation.tooLong}")
            String detailEn,

            @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
            Integer sinceYear,

            @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
            Integer untilYear,

            long version) {}

    record ResponsibilityForm(
            @NotNull(message = "{validation.required}") Long unitId,
            @NotNull(message = "{validation.required}") ResponsibilityRole role,

            @Size(max = 500, message = "{validation.tooLong}")
            String noteDe,

            @Size(max = 500, message = "{validation.tooLong}")
            String noteEn,

            long version) {}

    record ContactForm(
            @NotNull(message = "{validation.required}") ContactSide side,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String name,

            @Size(max = 200, message = "{validation.tooLong}")
            String functionTitle,

            @Size(max = 250, message = "{validation.tooLong}")
            String organisation,

            @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}")
            String email,

            @Size(max = 60, message = "{validation.tooLong}")
            String phone,

            @Size(max = 120, message = "{validation.tooLong}")
            String languages,

            boolean publicVisible,
            long version) {}
}
