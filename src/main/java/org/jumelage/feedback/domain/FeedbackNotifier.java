package org.jumelage.feedback.domain;

import java.util.List;
import java.util.Locale;
import org.jumelage.feedback.FeedbackReceived;
import org.jumelage.mail.Mailer;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.people.Role;
import org.jumelage.people.UserLookup;
import org.jumelage.shared.InstallationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails every administrator about a new message. Runs after the message was stored; the event publication registry
 * keeps the event until the mail went out, so a mail server that is down delays the mail but does not lose it.
 */
@Component
class FeedbackNotifier {

    private static final Logger log = LoggerFactory.getLogger(FeedbackNotifier.class);

    private final FeedbackRepository feedback;
    private final UserLookup users;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final org.jumelage.shared.DateTexts time;

    FeedbackNotifier(
            FeedbackRepository feedback,
            UserLookup users,
            Mailer mailer,
            MessageSource messages,
            InstallationProperties installation) {
        this.feedback = feedback;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = installation.baseUrl();
        this.time = new org.jumelage.shared.DateTexts(installation.timeZone().getId());
    }

    @ApplicationModuleListener
    void on(FeedbackReceived event) {
        Feedback message = feedback.findById(event.feedbackId()).orElse(null);
        if (message == null) {
            return; // deleted before the mail went out: nothing left to tell
        }
        List<String> admins = users.emailAddresses(Role.ADMIN);
        if (admins.isEmpty()) {
            log.warn("Feedback {} received, but no administrator has an e-mail address", message.getId());
            return;
        }
        // Administrators may read either language; the mail carries both, German first.
        String text = text(message, Locale.GERMAN) + "\n\n----\n\n" + text(message, Locale.ENGLISH);
        String subject = messages.getMessage("feedback.mail.subject", null, Locale.GERMAN) + " / "
                + messages.getMessage("feedback.mail.subject", null, Locale.ENGLISH);
        mailer.send(new OutgoingMail(admins, subject, text));
    }

    private String text(Feedback message, Locale locale) {
        String none = messages.getMessage("feedback.mail.none", null, locale);
        return messages.getMessage(
                "feedback.mail.text",
                new Object[] {
                    time.moment(message.getReceivedAt(), locale),
                    orElse(message.getPage(), none),
                    orElse(message.getSenderName(), none),
                    orElse(message.getSenderEmail(), none),
                    message.getMessage(),
                    baseUrl + "/office/feedback"
                },
                locale);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
