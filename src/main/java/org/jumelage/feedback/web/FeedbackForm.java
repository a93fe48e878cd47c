package org.jumelage.feedback.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jumelage.feedback.domain.FeedbackDetails;

/**
 * The public feedback form. {@code website} is a trap for robots: people never see the field, so a message that
 * fills it is dropped without a word.
 */
record FeedbackForm(
        @NotBlank(message = "{feedback.error.message}") @Size(max = 4000, message = "{validation.tooLong}")
        String message,

        @Size(max = 500, message = "{validation.tooLong}") String page,
        @Size(max = 200, message = "{validation.tooLong}") String name,

        @Email(message = "{feedback.error.email}") @Size(max = 250, message = "{validation.tooLong}")
        String email,

        String website)
        implements java.io.Serializable {

    static FeedbackForm empty() {
        return new FeedbackForm(null, null, null, null, null);
    }

    boolean fromRobot() {
        return website != null && !website.isBlank();
    }

    FeedbackDetails details() {
        return new FeedbackDetails(message, page, name, email);
    }
}
