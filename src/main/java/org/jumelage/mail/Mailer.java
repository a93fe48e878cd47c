package org.jumelage.mail;

/** Sends mail. Callers that must not lose a mail call it from an event listener, which retries after a failure. */
public interface Mailer {

    /**
     * Sends the mail now.
     *
     * @throws MailNotSent when the mail server refuses it or cannot be reached
     */
    void send(OutgoingMail mail);

    /** The mail server did not take the mail. */
    class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
