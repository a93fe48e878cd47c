package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document for a stay, such as the signed agreement (sizes of {@code stay_document}, V11); the file comes beside it. */
record StayDocumentForm(
        @NotBlank(message = "{stay.document.error.title}") @Size(max = 200, message = "{stay.document.error.title}")
        String title)
        implements java.io.Serializable {}
