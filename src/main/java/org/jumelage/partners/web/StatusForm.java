package org.jumelage.partners.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.RelationshipStatus;

/** A new status of a relationship, from when and why (sizes of {@code status_change}, V2). */
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

        @Size(max = 500, message = "{validation.tooLong}") String source,

        long version)
        implements java.io.Serializable {

    static StatusForm empty(long version) {
        return new StatusForm(null, null, null, null, null, null, version);
    }
}
