package org.jumelage.activities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.activities.DocumentKind;

/**
 * A document for an activity, or the next version of one with the same kind and title (sizes of
 * {@code activity_document}, V8); the file itself comes beside the form and is checked by the document store.
 */
record DocumentForm(
        @NotNull(message = "{activity.document.error.title}")
        DocumentKind kind,

        @NotBlank(message = "{activity.document.error.title}") @Size(max = 200, message = "{validation.tooLong}")
        String title,

        long version)
        implements java.io.Serializable {

    static DocumentForm empty(long version) {
        return new DocumentForm(DocumentKind.values()[0], null, version);
    }
}
