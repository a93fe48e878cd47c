/**
 * Outgoing e-mail: other modules hand an {@link org.jumelage.mail.OutgoingMail} to the {@link
 * org.jumelage.mail.Mailer}, which queues it in their transaction (the outbox, {@code mail_outbox}, ADR 0035); it goes
 * out over SMTP when {@code spring.mail.host} is set, otherwise to the log, once, and waits while the mail server is
 * down; sent mails are deleted after {@code jumelage.mail.retention}, or earlier on the request of a person they are
 * addressed to or name (ADR 0037). Uses {@code shared}'s job locks; calls no other module.
 */
@ApplicationModule(displayName = "Mail")
package org.jumelage.mail;

import org.springframework.modulith.ApplicationModule;
