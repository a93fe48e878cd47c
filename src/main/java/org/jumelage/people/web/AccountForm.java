package org.jumelage.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.people.Role;
import org.jumelage.people.domain.Account;

/** Editing an account; the user name stays as it was created, because people sign in with it. */
record AccountForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
        String displayName,

        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}")
        String email,

        @NotNull(message = "{validation.required}") Role role,
        Long unitId,
        Long version)
        implements java.io.Serializable {

    static AccountForm of(Account account) {
        return new AccountForm(
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                account.getUnitId(),
                account.getVersion());
    }
}
