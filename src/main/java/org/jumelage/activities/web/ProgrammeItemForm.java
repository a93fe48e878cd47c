package org.jumelage.activities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** One item of an activity's programme (sizes of {@code programme_item}, V7). */
record ProgrammeItemForm(
        @NotNull(message = "{activity.error.programmeItem}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate day,

        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,

        @NotBlank(message = "{activity.error.programmeItem}") @Size(max = 250, message = "{validation.tooLong}")
        String title,

        @Size(max = 300, message = "{validation.tooLong}") String venue,
        @Size(max = 200, message = "{validation.tooLong}") String responsible,
        long version)
        implements java.io.Serializable {

    static ProgrammeItemForm empty(long version) {
        return new ProgrammeItemForm(null, null, null, null, null, null, version);
    }
}
