package org.jumelage.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jumelage.people.Role;

/** What an administrator enters to create an account; the password is generated, never typed. */
record NewAccountForm(
        @NotBlank(message = "{validation.required}")
        @Size(min = 3, max = 60, message = "{account.error.usernameLength}")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{account.error.usernameCharacters}")
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
        String displayName,

        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}")
        String email,

        @NotNull(message = "{validation.required}") Role role,
        Long unitId)
        implements java.io.Serializable {

    /** Least privilege until the administrator chooses otherwise. */
    static NewAccountForm empty() {
        return new NewAccountForm(null, null, null, Role.VIEWER, null);
    }
}
