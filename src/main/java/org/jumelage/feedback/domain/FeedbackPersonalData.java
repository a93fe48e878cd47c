package org.jumelage.feedback.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback form's part of the record of processing activities, of a subject-access export and of an erasure (ADR
 * 0037). A sender has no account: their messages are found by the e-mail address they gave (a message sent without
 * one cannot be told apart from anybody else's). On request, a message the office has dealt with is deleted; one it
 * has not yet dealt with loses name, e-mail and client address but keeps its text and page, because the barrier it
 * reports is the site's, and the office must still remove it. An administrator's user name on the messages they dealt
 * with stays until those messages are deleted after the retention period.
 */
@Component
class FeedbackPersonalData implements PersonalData {

    private final FeedbackRepository feedback;
    private final Duration retention;
    private final String purgeCron;

    FeedbackPersonalData(FeedbackRepository feedback, FeedbackProperties settings) {
        this.feedback = feedback;
        this.retention = settings.retention();
        this.purgeCron = settings.purgeCron();
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing(
                "feedback-barriers",
                new Text("Rückmeldungen zu Barrieren der Website", "Feedback about barriers on the website"),
                new Text(
                        "Entgegennahme und Bearbeitung von Meldungen über Barrieren der Website (Feedback-Mechanismus"
                                + " der Erklärung zur Barrierefreiheit), damit das Büro die Barriere beseitigt und"
                                + " der Person antworten kann, die eine Adresse angegeben hat; Schutz des Formulars"
                                + " vor Überflutung.",
                        "Receiving and dealing with reports of barriers on the website (the feedback mechanism of"
                                + " the accessibility statement), so that the office removes the barrier and can answer"
                                + " a person who gave an address; protecting the form from flooding."),
                new Text(
                        "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG und Art. 7 Abs. 1 der Richtlinie (EU)"
                                + " 2016/2102 (Feedback-Mechanismus) mit dem Berliner Recht zur barrierefreien"
                                + " Informationstechnik; Name und E-Mail-Adresse sind freiwillig",
                        "Art. 6 (1) (e) GDPR with § 3 BlnDSG and Art. 7 (1) of Directive (EU) 2016/2102 (feedback"
                                + " mechanism) with Berlin's law on accessible information technology; name and e-mail"
                                + " address are optional"),
                new Text(
                        "Besucherinnen und Besucher der Website, die eine Meldung schicken; Administratorinnen und"
                                + " Administratoren, die sie bearbeiten",
                        "Visitors of the website who send a report; administrators who deal with it"),
                new Text(
                        "Text der Meldung, betroffene Seite, Sprache, Zeitpunkt; freiwillig Name und E-Mail-Adresse;"
                                + " die IP-Adresse des Absenders (für die Begrenzung je Stunde); Status, wer sie wann"
                                + " bearbeitet hat (Benutzername)",
                        "Text of the report, page concerned, language, time; optionally name and e-mail address; the"
                                + " sender's IP address (for the hourly limit); status, who dealt with it when (user"
                                + " name)"),
                new Text(
                        "Die Administratorinnen und Administratoren des Büros (Posteingang im Back Office und je"
                                + " Meldung eine E-Mail mit ihrem Inhalt, über den Postausgang)",
                        "The office's administrators (the inbox in the back office and one e-mail per report with its"
                                + " content, through the outbox)"),
                new Text(
                        "Die IP-Adresse wird einen Tag nach Eingang gelöscht (stündlich geprüft). Eine bearbeitete"
                                + " Meldung wird " + period(retention, Locale.GERMAN)
                                + " nach ihrer Bearbeitung gelöscht (jumelage.feedback.retention, Standard 90 Tage;"
                                + " nächtlich, jumelage.feedback.purge-cron, derzeit „" + purgeCron
                                + "“, Europe/Berlin). Eine noch nicht bearbeitete Meldung bleibt, bis sie bearbeitet"
                                + " ist.",
                        "The IP address is deleted a day after the report arrived (checked hourly). A report dealt"
                                + " with is deleted " + period(retention, Locale.ENGLISH)
                                + " after it was dealt with (jumelage.feedback.retention, default 90 days; nightly,"
                                + " jumelage.feedback.purge-cron, currently \"" + purgeCron
                                + "\", Europe/Berlin). A report not yet dealt with stays until it is.")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        List<Item> items = new ArrayList<>();
        for (Feedback message : sentBy(subject)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("receivedAt", message.getReceivedAt().toString());
            values.put("language", message.getLocale());
            put(values, "page", message.getPage());
            values.put("message", message.getMessage());
            put(values, "senderName", message.getSenderName());
            put(values, "senderEmail", message.getSenderEmail());
            put(values, "clientAddress", message.getClient());
            values.put("status", message.getStatus().name());
            if (message.getHandledAt() != null) {
                values.put("handledAt", message.getHandledAt().toString());
            }
            items.add(new Item("Feedback", String.valueOf(message.getId()), values));
        }
        for (Feedback message : handledBy(subject)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("handledBy", message.getHandledBy());
            values.put("handledAt", message.getHandledAt().toString());
            items.add(new Item("FeedbackHandled", String.valueOf(message.getId()), values));
        }
        return items;
    }

    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        List<Kept> kept = new ArrayList<>();
        for (Feedback message : sentBy(subject)) {
            if (message.getStatus() == Feedback.Status.DONE) {
                feedback.delete(message);
                continue;
            }
            message.forgetSender();
            kept.add(new Kept(
                    "Feedback",
                    String.valueOf(message.getId()),
                    new Text(
                            "Name, E-Mail-Adresse und IP-Adresse sind gelöscht. Text und Seite der Meldung bleiben,"
                                    + " bis das Büro die gemeldete Barriere bearbeitet hat (Pflicht zur"
                                    + " Barrierefreiheit der Website, Art. 17 Abs. 3 lit. b DSGVO), und werden "
                                    + period(retention, Locale.GERMAN)
                                    + " danach gelöscht (jumelage.feedback.retention). Eine Antwort an Sie ist nicht"
                                    + " mehr möglich.",
                            "Name, e-mail address and IP address are deleted. The text and page of the report stay"
                                    + " until the office has dealt with the barrier reported (the duty to make the site"
                                    + " accessible, Art. 17 (3) (b) GDPR), and are deleted "
                                    + period(retention, Locale.ENGLISH)
                                    + " later (jumelage.feedback.retention). You can no longer be answered.")));
        }
        List<Feedback> handled = handledBy(subject);
        if (!handled.isEmpty()) {
            kept.add(new Kept(
                    "FeedbackHandled",
                    String.join(
                            ", ",
                            handled.stream().map(f -> String.valueOf(f.getId())).toList()),
                    new Text(
                            "Der Benutzername zeigt, wer eine Meldung bearbeitet hat (Nachvollziehbarkeit, Art. 17"
                                    + " Abs. 3 lit. b DSGVO); er wird mit der Meldung "
                                    + period(retention, Locale.GERMAN)
                                    + " nach ihrer Bearbeitung gelöscht (jumelage.feedback.retention).",
                            "The user name shows who dealt with a report (accountability, Art. 17 (3) (b) GDPR); it"
                                    + " is deleted with the report " + period(retention, Locale.ENGLISH)
                                    + " after it was dealt with (jumelage.feedback.retention).")));
        }
        return kept;
    }

    private List<Feedback> sentBy(DataSubject subject) {
        return subject.hasEmail() ? feedback.findBySenderEmailKey(subject.emailKey()) : List.of();
    }

    private List<Feedback> handledBy(DataSubject subject) {
        return subject.username() == null || subject.username().isBlank()
                ? List.of()
                : feedback.findByHandledByIgnoreCaseOrderByHandledAtAsc(subject.username());
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /** "90 Tage", "90 days" (or hours, for less than a day). */
    static String period(Duration duration, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        long days = duration.toDays();
        if (days > 0 && duration.equals(Duration.ofDays(days))) {
            return days + (german ? (days == 1 ? " Tag" : " Tage") : (days == 1 ? " day" : " days"));
        }
        long hours = duration.toHours();
        return hours + (german ? (hours == 1 ? " Stunde" : " Stunden") : (hours == 1 ? " hour" : " hours"));
    }
}
