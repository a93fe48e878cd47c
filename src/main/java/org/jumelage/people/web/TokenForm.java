package org.jumelage.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jumelage.people.TokenScope;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator enters to make an access token; the secret is generated, never typed. */
record TokenForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
        String name,

        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}")
        String username,

        @NotNull(message = "{validation.required}") TokenScope scope,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,

        @Min(value = 1, message = "{token.error.limit}") @Max(value = 100_000, message = "{token.error.limit}")
        Integer requestsPerMinute)
        implements java.io.Serializable {

    /** Least privilege until the administrator chooses otherwise. */
    static TokenForm empty() {
        return new TokenForm(null, null, TokenScope.READ, null, null);
    }
}
