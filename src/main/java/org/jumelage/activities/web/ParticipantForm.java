package org.jumelage.activities.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.activities.domain.ParticipantDetails;

/**
 * A participant: a member of staff (by account) or an external person by name (sizes of {@code participant}, V7).
 * The service refuses an external person without a name.
 */
record ParticipantForm(
        Long accountId,
        @Size(max = 200, message = "{validation.tooLong}") String displayName,
        @Size(max = 200, message = "{validation.tooLong}") String nameOriginal,

        @Size(max = 20, message = "{validation.tooLong}")
        @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{activity.error.language}")
        String nameOriginalLang,

        @Size(max = 200, message = "{validation.tooLong}") String functionTitle,
        @Size(max = 250, message = "{validation.tooLong}") String organisation,

        @Size(max = 250, message = "{validation.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{activity.error.email}")
        String email,

        @NotNull(message = "{validation.required}") ParticipantRole role,
        @Size(max = 1000, message = "{validation.tooLong}") String needs,
        long version)
        implements java.io.Serializable {

    static ParticipantForm empty(long version) {
        return new ParticipantForm(null, null, null, null, null, null, null, ParticipantRole.MEMBER, null, version);
    }

    ParticipantDetails details() {
        return new ParticipantDetails(
                accountId,
                displayName,
                nameOriginal,
                nameOriginalLang,
                functionTitle,
                organisation,
                email,
                role,
                needs);
    }
}
