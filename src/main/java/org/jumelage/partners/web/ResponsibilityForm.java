package org.jumelage.partners.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.ResponsibilityRole;

/** A unit of the administration and its role for a relationship (sizes of {@code responsibility}, V2). */
record ResponsibilityForm(
        @NotNull(message = "{validation.required}") Long unitId,
        @NotNull(message = "{validation.required}") ResponsibilityRole role,

        @Size(max = 500, message = "{validation.tooLong}") String noteDe,

        @Size(max = 500, message = "{validation.tooLong}") String noteEn,

        long version)
        implements java.io.Serializable {

    static ResponsibilityForm empty(long version) {
        return new ResponsibilityForm(null, null, null, null, version);
    }
}
