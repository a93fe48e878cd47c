package org.jumelage.activities.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.activities.ActivityStatus;

/** The next status of an activity; a cancellation needs its reason (size of {@code activity.cancel_reason}, V7). */
record ActivityStatusForm(
        @NotNull(message = "{activity.error.status}") ActivityStatus status,
        @Size(max = 1000, message = "{validation.tooLong}") String reason,
        long version)
        implements java.io.Serializable {

    static ActivityStatusForm empty(long version) {
        return new ActivityStatusForm(null, null, version);
    }
}
