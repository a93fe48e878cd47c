package org.jumelage.partners.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A focus area of a relationship, with detail and years (sizes of {@code relationship_focus}, V2). */
record FocusForm(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}")
        String code,

        @Size(max = 300, message = "{validation.tooLong}") String detailDe,

        @Size(max = 300, message = "{validation.tooLong}") String detailEn,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer sinceYear,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer untilYear,

        long version)
        implements java.io.Serializable {

    static FocusForm empty(long version) {
        return new FocusForm(null, null, null, null, null, version);
    }
}
