package org.jumelage.exchange.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator's nomination of a guest for a hosting offer. */
record NominationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
        String guestName,

        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}")
        String guestEmail,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String guestPosition,

        @Size(max = 250, message = "{validation.tooLong}") String guestLanguages,
        @Size(max = 4000, message = "{validation.tooLong}") String motivation)
        implements java.io.Serializable {

    static NominationForm empty() {
        return new NominationForm(null, null, null, null, null);
    }
}
