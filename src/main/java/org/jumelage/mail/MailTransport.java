package org.jumelage.mail;

/** How a mail leaves this installation: over SMTP, or (without a mail server) only noted in the log. */
@FunctionalInterface
interface MailTransport {

    /**
     * Hands the mail to the mail server now.
     *
     * @throws Mailer.MailNotSent when the server refuses it or cannot be reached
     */
    void deliver(OutgoingMail mail);
}
