package org.jumelage.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's part of the record of processing activities, of a subject-access export and of an erasure (ADR 0037):
 * the mails in {@code mail_outbox} addressed to the person's e-mail address, and those whose subject or text names
 * that address (a visitor's message forwarded to the administrators, for one). Sent and given-up mails are deleted on
 * request; a mail still waiting is kept, because deleting it would keep it from its recipients, and it goes out within
 * minutes anyway.
 */
@Component
class MailPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final MailOutbox.Settings settings;

    MailPersonalData(JdbcTemplate jdbc, MailOutbox.Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing(
                "mail-outbox",
                new Text("Versand von E-Mails (Postausgang)", "Sending e-mail (outbox)"),
                new Text(
                        "Zustellung der Benachrichtigungen, die Jumelage verschickt (Bewerbungen und ihre Schritte,"
                                + " Erinnerungen, Auswertungen, Termine, Rückmeldungen zur Barrierefreiheit an die"
                                + " Administration): jede Mail wird in der Transaktion gespeichert, die sie auslöst,"
                                + " und genau einmal zugestellt, auch wenn der Mailserver zeitweise nicht erreichbar"
                                + " ist.",
                        "Delivering the notifications Jumelage sends (applications and their steps, reminders,"
                                + " evaluations, events, accessibility feedback to the administrators): each mail is"
                                + " stored in the transaction that causes it and delivered exactly once, also while the"
                                + " mail server cannot be reached."),
                new Text(
                        "Die Rechtsgrundlage der Verarbeitung, zu der die Mail gehört (meist Art. 6 Abs. 1 lit. e"
                                + " DSGVO i. V. m. § 3 BlnDSG; für Beschäftigte § 26 BDSG / Art. 88 DSGVO)",
                        "The legal basis of the processing the mail belongs to (mostly Art. 6 (1) (e) GDPR with"
                                + " § 3 BlnDSG; for employees § 26 BDSG / Art. 88 GDPR)"),
                new Text(
                        "Empfängerinnen und Empfänger der Mails (Beschäftigte, Koordination der Partnerverwaltungen,"
                                + " Administration) und die in den Mails genannten Personen",
                        "Recipients of the mails (staff, partner administrations' coordinators, administrators) and"
                                + " the persons named in the mails"),
                new Text(
                        "E-Mail-Adressen der Empfänger, Betreff und Text (mit Namen und Inhalten der jeweiligen"
                                + " Vorgänge), Anhänge (Kalenderdateien), Zeitpunkte von Anlage, Zustellung und"
                                + " Versuchen, die Art des letzten Fehlers (ohne Adressen)",
                        "Recipients' e-mail addresses, subject and text (with names and contents of the records"
                                + " concerned), attachments (calendar files), when it was queued, delivered and tried,"
                                + " the kind of the last failure (no addresses)"),
                new Text(
                        "Der konfigurierte Mailserver (spring.mail.host) und die Empfängerinnen und Empfänger;"
                                + " ohne Mailserver nur das Protokoll (Anzahl der Empfänger und Länge, nie Adressen,"
                                + " Betreff oder Text)",
                        "The configured mail server (spring.mail.host) and the recipients; without a mail server"
                                + " only the log (number of recipients and length, never addresses, subject or text)"),
                new Text(
                        "Zugestellte und aufgegebene Mails werden " + days(settings.retention(), Locale.GERMAN)
                                + " danach gelöscht (jumelage.mail.retention, Standard 7 Tage; nächtlich,"
                                + " jumelage.mail.retention-cron, Standard 3:50 Uhr). Eine Mail, die der Mailserver"
                                + " nicht annimmt, wird " + days(settings.giveUpAfter(), Locale.GERMAN)
                                + " nach ihrer Anlage aufgegeben (jumelage.mail.give-up-after, Standard 3 Tage).",
                        "Delivered and given-up mails are deleted " + days(settings.retention(), Locale.ENGLISH)
                                + " later (jumelage.mail.retention, default 7 days; nightly,"
                                + " jumelage.mail.retention-cron, default 3:50). A mail the mail server does not"
                                + " take is given up " + days(settings.giveUpAfter(), Locale.ENGLISH)
                                + " after it was queued (jumelage.mail.give-up-after, default 3 days).")));
    }

    /** One mail of the outbox that concerns the person: addressed to them, or naming their address. */
    private record Found(
            long id,
            boolean addressed,
            int recipients,
            String subject,
            String body,
            String createdAt,
            String sentAt,
            String abandonedAt,
            int attempts) {

        boolean waiting() {
            return sentAt == null && abandonedAt == null;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        List<Item> items = new ArrayList<>();
        for (Found mail : find(subject)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("role", mail.addressed() ? "recipient" : "named");
            values.put("status", mail.waiting() ? "waiting" : mail.sentAt() != null ? "sent" : "givenUp");
            values.put("createdAt", mail.createdAt());
            if (mail.sentAt() != null) {
                values.put("sentAt", mail.sentAt());
            }
            if (mail.abandonedAt() != null) {
                values.put("givenUpAt", mail.abandonedAt());
            }
            values.put("attempts", mail.attempts());
            // Other recipients' addresses are theirs: only how many there were.
            values.put("recipients", mail.recipients());
            values.put("subject", mail.subject());
            values.put("text", mail.body());
            List<String> attachments = jdbc.query(
                    "select filename, content_type, octet_length(content) as size from mail_outbox_attachment"
                            + " where mail_id = ? order by id",
                    (rs, row) -> rs.getString("filename") + " (" + rs.getString("content_type") + ", "
                            + rs.getLong("size") + " bytes)",
                    mail.id());
            if (!attachments.isEmpty()) {
                values.put("attachments", attachments);
            }
            items.add(new Item("Mail", String.valueOf(mail.id()), values));
        }
        return items;
    }

    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        List<Kept> kept = new ArrayList<>();
        for (Found mail : find(subject)) {
            if (mail.waiting()) {
                kept.add(new Kept("Mail", String.valueOf(mail.id()), waitingReason()));
                continue;
            }
            // Only if it is still sent or given up (a waiting mail is never touched here); its attachments go with it.
            jdbc.update(
                    "delete from mail_outbox where id = ? and (sent_at is not null or abandoned_at is not null)",
                    mail.id());
        }
        return kept;
    }

    private Text waitingReason() {
        return new Text(
                "Die Mail wartet auf die Zustellung und geht in wenigen Minuten hinaus (nimmt der Mailserver sie nicht"
                        + " an, wird sie " + days(settings.giveUpAfter(), Locale.GERMAN) + " nach ihrer Anlage"
                        + " aufgegeben). Sie jetzt zu löschen hieße, dass ihre Empfänger sie nicht bekommen. Sie wird "
                        + days(settings.retention(), Locale.GERMAN) + " nach der Zustellung gelöscht"
                        + " (jumelage.mail.retention).",
                "The mail waits to be delivered and goes out within minutes (if the mail server does not take it, it"
                        + " is given up " + days(settings.giveUpAfter(), Locale.ENGLISH) + " after it was queued)."
                        + " Deleting it now would keep it from its recipients. It is deleted "
                        + days(settings.retention(), Locale.ENGLISH) + " after delivery (jumelage.mail.retention).");
    }

    /**
     * The mails addressed to the person's e-mail address or naming it in subject or text, oldest first. The database
     * narrows them down by a case-insensitive match of the address anywhere; each is then checked exactly: the address
     * stands on its own (not as the end or start of a longer one) in one of its recipients, its subject or its text.
     */
    private List<Found> find(DataSubject subject) {
        if (!subject.hasEmail()) {
            return List.of();
        }
        String key = subject.emailKey();
        String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Found> found = new ArrayList<>();
        jdbc.query(
                "select id, recipients, subject, body, created_at, sent_at, abandoned_at, attempts from mail_outbox"
                        + " where lower(recipients) like ? escape '\\' or lower(subject) like ? escape '\\'"
                        + " or lower(body) like ? escape '\\' order by created_at, id",
                rs -> {
                    String recipients = rs.getString("recipients");
                    String subjectLine = rs.getString("subject");
                    String body = rs.getString("body");
                    List<String> to = List.of(recipients.split("\n"));
                    // One address a line, as queued; "Name <address>" would be found too.
                    boolean addressed = to.stream().anyMatch(address -> names(address, key));
                    if (!addressed && !names(subjectLine, key) && !names(body, key)) {
                        return;
                    }
                    found.add(new Found(
                            rs.getLong("id"),
                            addressed,
                            to.size(),
                            subjectLine,
                            body,
                            text(rs.getObject("created_at")),
                            text(rs.getObject("sent_at")),
                            text(rs.getObject("abandoned_at")),
                            rs.getInt("attempts")));
                },
                like,
                like,
                like);
        return found;
    }

    /** Whether the text holds the address (in lower case) on its own, not as part of a longer address. */
    static boolean names(String text, String key) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
            int end = at + key.length();
            boolean startsAlone = at == 0 || !partOfAddress(lower.charAt(at - 1));
            boolean endsAlone;
            if (end == lower.length()) {
                endsAlone = true;
            } else if (lower.charAt(end) == '.') {
                // A full stop may end the sentence; one followed by a letter or digit continues the domain.
                endsAlone = end + 1 == lower.length() || !Character.isLetterOrDigit(lower.charAt(end + 1));
            } else {
                endsAlone = !partOfAddress(lower.charAt(end));
            }
            if (startsAlone && endsAlone) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfAddress(char c) {
        return Character.isLetterOrDigit(c) || "._%+-!#$&'*/=?^`{|}~".indexOf(c) >= 0;
    }

    /** A moment as the database gives it (H2: OffsetDateTime, PostgreSQL: Timestamp), as an ISO instant. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant().toString();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        return value.toString();
    }

    /** "7 Tage", "3 days"; "12 Stunden", "12 hours" for less than whole days. */
    static String days(Duration duration, Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            long days = duration.toDays();
            return days + (german ? (days == 1 ? " Tag" : " Tage") : (days == 1 ? " day" : " days"));
        }
        long hours = duration.toHours();
        return hours + (german ? (hours == 1 ? " Stunde" : " Stunden") : (hours == 1 ? " hour" : " hours"));
    }
}
