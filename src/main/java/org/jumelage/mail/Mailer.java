package org.jumelage.mail;

/**
 * Sends mail. A mail is queued in the caller's transaction (the outbox, ADR 0035): it leaves only if that transaction
 * commits, goes out within seconds, and waits while the mail server is down, to go out once when it is back.
 */
public interface Mailer {

    /** Queues the mail; it goes out once the caller's transaction (if any) has committed. */
    void send(OutgoingMail mail);

    /** The mail server did not take a mail. Its message names neither recipients nor subject. */
    class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
