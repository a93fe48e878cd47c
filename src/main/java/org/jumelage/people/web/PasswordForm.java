package org.jumelage.people.web;

import jakarta.validation.constraints.NotEmpty;

/** Changing one's own password. The length and obviousness rules live in the domain, not here. */
record PasswordForm(
        @NotEmpty(message = "{validation.required}") String currentPassword,
        @NotEmpty(message = "{validation.required}") String newPassword,
        @NotEmpty(message = "{validation.required}") String repeatPassword)
        implements java.io.Serializable {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
