package org.jumelage.mail;

import java.util.List;

/** A plain-text e-mail to one or more recipients, with optional attachments (for example an {@code .ics}). */
public record OutgoingMail(List<String> to, String subject, String text, List<Attachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
    }

    public OutgoingMail(List<String> to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** A file sent with the mail. */
    public record Attachment(String filename, String contentType, byte[] content) {}
}
