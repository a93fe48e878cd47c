package org.jumelage.mail;

/** How a mail leaves this installation: over SMTP, or (without a mail server) only noted in the log. */
@FunctionalInterface
interface MailTransport {

    /**
     * Hands the mail to the mail server now.
     *
     * @param messageId the mail's {@code Message-ID}, the same at every attempt of one mail (the outbox's), so that a
     *     mail that went out twice (ADR 0035) is one mail to its recipients' mail programs; null: the server's own
     * @throws Mailer.MailNotSent when the server refuses it or cannot be reached
     */
    void deliver(String messageId, OutgoingMail mail);
}
