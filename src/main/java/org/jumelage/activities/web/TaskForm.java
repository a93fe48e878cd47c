package org.jumelage.activities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up task of an activity (sizes of {@code follow_up_task}, V7). */
record TaskForm(
        @NotBlank(message = "{activity.error.task}") @Size(max = 500, message = "{validation.tooLong}")
        String title,

        @Size(max = 200, message = "{validation.tooLong}") String owner,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
        long version)
        implements java.io.Serializable {

    static TaskForm empty(long version) {
        return new TaskForm(null, null, null, version);
    }
}
