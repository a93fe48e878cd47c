package org.jumelage.partners.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.domain.ContactDetails;

/** A contact person on either side of a relationship (sizes of {@code contact}, V2). */
record ContactForm(
        @NotNull(message = "{validation.required}") ContactSide side,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String name,

        @Size(max = 200, message = "{validation.tooLong}") String functionTitle,

        @Size(max = 250, message = "{validation.tooLong}") String organisation,

        @Size(max = 200, message = "{validation.tooLong}") String functionTitleEn,

        @Size(max = 250, message = "{validation.tooLong}") String organisationEn,

        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}")
        String email,

        @Size(max = 60, message = "{validation.tooLong}") String phone,

        @Size(max = 120, message = "{validation.tooLong}") String languages,

        boolean publicVisible,
        long version)
        implements java.io.Serializable {

    static ContactForm empty(long version) {
        return new ContactForm(null, null, null, null, null, null, null, null, null, false, version);
    }

    ContactDetails details() {
        return new ContactDetails(
                side,
                name,
                functionTitle,
                organisation,
                functionTitleEn,
                organisationEn,
                email,
                phone,
                languages,
                publicVisible);
    }
}
