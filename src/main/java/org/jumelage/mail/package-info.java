/**
 * Outgoing e-mail: other modules hand an {@link org.jumelage.mail.OutgoingMail} to the {@link
 * org.jumelage.mail.Mailer}; it goes out over SMTP when {@code spring.mail.host} is set, otherwise to the log. Calls no
 * other module.
 */
@ApplicationModule(displayName = "Mail")
package org.jumelage.mail;

import org.springframework.modulith.ApplicationModule;
