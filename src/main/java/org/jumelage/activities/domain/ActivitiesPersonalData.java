package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the activities keep about people (ADR 0037): participants (members of staff by account, others by e-mail
 * address), the names on follow-up tasks and programme items, personal calendar feeds, and the user names that
 * recorded activities and uploaded their documents. An erasure anonymises a person's entries in activities that have
 * begun (the office's record of who took part) and removes those in activities to come, takes their name off tasks and
 * programme items, and deletes their calendar feeds; who recorded what stays.
 */
@Component
class ActivitiesPersonalData implements PersonalData {

    private final ActivityRepository activities;
    private final ActivityDocumentRepository documents;
    private final CalendarTokenRepository tokens;
    private final StaffDirectory staff;
    private final ActivitiesRetention.Settings settings;
    private final NeedsRetention needs;
    private final Clock clock;

    ActivitiesPersonalData(
            ActivityRepository activities,
            ActivityDocumentRepository documents,
            CalendarTokenRepository tokens,
            StaffDirectory staff,
            ActivitiesRetention.Settings settings,
            NeedsRetention needs,
            Clock clock) {
        this.activities = activities;
        this.documents = documents;
        this.tokens = tokens;
        this.staff = staff;
        this.settings = settings;
        this.needs = needs;
        this.clock = clock;
    }

    @Override
    public List<Processing> processing() {
        Text participantRetention = Text.period(settings.participantRetention());
        Text needsRetention = Text.period(needs.retention());
        Text tokenRetention = Text.period(settings.calendarTokenRetention());
        return List.of(
                new Processing(
                        "activities-participants",
                        new Text("Teilnehmende an Aktivitäten", "Participants in activities"),
                        new Text(
                                "Planung, Durchführung und Dokumentation der Aktivitäten der internationalen"
                                        + " Zusammenarbeit (Veranstaltungen, Delegationsbesuche, Studienreisen): wer in"
                                        + " welcher Rolle und Funktion für welche Organisation teilnimmt; Erinnerung"
                                        + " der Teilnehmenden vor Beginn per E-Mail mit Kalenderdatei; Berücksichtigung"
                                        + " von Bedarfen (Dolmetschen, Ernährung, Barrierefreiheit); Nachweis, wer"
                                        + " teilgenommen hat.",
                                "Planning, carrying out and documenting the activities of international"
                                        + " cooperation (events, delegation visits, study trips): who takes part in"
                                        + " which role and function for which organisation; reminding participants by"
                                        + " e-mail with a calendar file before the start; meeting needs"
                                        + " (interpretation, diet, access); a record of who took part."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG (Aufgaben des Büros in der"
                                        + " internationalen Zusammenarbeit); Bedarfe, soweit sie Gesundheitsdaten sind:"
                                        + " Art. 9 Abs. 2 lit. a DSGVO (Einwilligung der Person, die sie angibt)",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG (the office's tasks in"
                                        + " international cooperation); needs that are health data: Art. 9 (2) (a) GDPR"
                                        + " (consent of the person who states them)"),
                        new Text(
                                "Beschäftigte der Verwaltung mit Konto; externe Teilnehmende (Delegationsmitglieder,"
                                        + " Vortragende, Dolmetschende, Gäste aus Partnerstädten); Personen, die als"
                                        + " zuständig für Aufgaben oder Programmpunkte genannt sind",
                                "Staff of the administration with an account; external participants (members of"
                                        + " delegations, speakers, interpreters, guests from partner cities); persons"
                                        + " named as responsible for tasks or programme items"),
                        new Text(
                                "Name, wie die Person genannt werden möchte, Name in Originalschrift und dessen"
                                        + " Sprache, Titel oder Funktion, Organisation, E-Mail-Adresse (Externe),"
                                        + " Rolle, Bedarfe, Verknüpfung mit dem Konto; die Aktivität (Titel, Zeit,"
                                        + " Ort); Namen als Freitext bei Aufgaben und Programmpunkten",
                                "Name as the person wants to be called, name in the original script and its"
                                        + " language, title or function, organisation, e-mail address (external"
                                        + " participants), role, needs, link to the account; the activity (title,"
                                        + " time, place); names as free text on tasks and programme items"),
                        new Text(
                                "Nutzende des Back Office (Administration, Redaktion, Lesende); Bedarfe nur, wer die"
                                        + " Aktivität bearbeiten darf; die Teilnehmenden selbst (Erinnerungen, über den"
                                        + " Mailserver des Betriebs); der Suchindex des Back Office enthält Funktionen"
                                        + " und Organisationen, keine Namen. Nichts davon wird veröffentlicht: die"
                                        + " öffentliche Website, Feeds und Exporte zeigen keine Teilnehmenden.",
                                "Users of the back office (administrators, editors, viewers); needs only those who"
                                        + " may edit the activity; the participants themselves (reminders, through the"
                                        + " operator's mail server); the back office's search index holds functions and"
                                        + " organisations, no names. None of it is published: the public site, feeds"
                                        + " and exports show no participants."),
                        new Text(
                                "Bedarfe werden "
                                        + needsRetention.de()
                                        + " nach dem Ende der Aktivität gelöscht (jumelage.activities.needs-retention)."
                                        + " Teilnehmende ohne Konto oder mit einem nicht mehr aktiven Konto werden "
                                        + participantRetention.de()
                                        + " nach dem Ende anonymisiert (jumelage.activities.participant-retention,"
                                        + " nächtlich): Name ersetzt, E-Mail, Funktion, Originalname und Bedarfe"
                                        + " gelöscht; Organisation und Rolle bleiben, damit die Aktivität zählt, wer"
                                        + " teilnahm. Bis dahin braucht das Büro die Namen für Rückfragen, Berichte,"
                                        + " Abrechnungen und Folgebesuche (voreingestellt drei Jahre: die regelmäßige"
                                        + " Verjährungsfrist, § 195 BGB). Einträge aktiver Beschäftigter bleiben mit"
                                        + " der Aktivität. Auf Antrag: Einträge in begonnenen Aktivitäten anonymisiert,"
                                        + " in künftigen oder abgesagten gelöscht, Namen von Aufgaben und"
                                        + " Programmpunkten entfernt.",
                                "Needs are erased "
                                        + needsRetention.en()
                                        + " after the activity ended (jumelage.activities.needs-retention)."
                                        + " Participants without an account, or whose account is no longer active, are"
                                        + " anonymised "
                                        + participantRetention.en()
                                        + " after the end (jumelage.activities.participant-retention, nightly): name"
                                        + " replaced, e-mail, function, original name and needs erased; organisation"
                                        + " and role stay so that the activity counts who took part. Until then the"
                                        + " office needs the names for questions, reports, accounts and follow-up"
                                        + " visits (three years by default: the regular limitation period, § 195 BGB)."
                                        + " Entries of active staff stay with the activity. On request: entries in"
                                        + " activities that have begun are anonymised, in future or cancelled ones"
                                        + " removed, names taken off tasks and programme items.")),
                new Processing(
                        "activities-calendar-feeds",
                        new Text("Persönliche Kalender-Feeds", "Personal calendar feeds"),
                        new Text(
                                "Eine geheime Adresse je Person, unter der ihr Kalenderprogramm die Aktivitäten"
                                        + " abruft, an denen sie teilnimmt; von der Person selbst eingerichtet und"
                                        + " jederzeit widerrufbar.",
                                "A secret address per person at which their calendar programme fetches the"
                                        + " activities they take part in; set up by the person and revocable at any"
                                        + " time."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG"),
                        new Text(
                                "Beschäftigte mit Konto, die einen Feed eingerichtet haben",
                                "Staff with an account who set up a feed"),
                        new Text(
                                "Kontonummer, Zeitpunkt der Einrichtung und des Widerrufs, Prüfsumme (SHA-256) der"
                                        + " geheimen Adresse; die Adresse selbst wird nicht gespeichert",
                                "Account number, when it was set up and revoked, the checksum (SHA-256) of the secret"
                                        + " address; the address itself is not stored"),
                        new Text(
                                "Niemand außer der Person (ihr Kalenderprogramm); ein Feed eines deaktivierten"
                                        + " Kontos liefert nichts",
                                "Nobody but the person (their calendar programme); the feed of a disabled account"
                                        + " delivers nothing"),
                        new Text(
                                "Widerrufene Feeds werden "
                                        + tokenRetention.de()
                                        + " nach dem Widerruf gelöscht (jumelage.activities.calendar-token-retention),"
                                        + " die Feeds deaktivierter Konten in der nächsten Nacht; auf Antrag sofort.",
                                "Revoked feeds are deleted "
                                        + tokenRetention.en()
                                        + " after the revocation (jumelage.activities.calendar-token-retention), the"
                                        + " feeds of disabled accounts the next night; on request at once.")),
                new Processing(
                        "activities-records",
                        new Text(
                                "Bearbeitungsvermerke und Dokumente der Aktivitäten",
                                "Activities' records and documents"),
                        new Text(
                                "Nachweis, wer eine Aktivität angelegt oder zuletzt geändert und wer ein Dokument"
                                        + " hochgeladen hat; Erinnerung der anlegenden Person vor Beginn; Ablage von"
                                        + " Protokollen, Berichten, Präsentationen und Fotos, die Personen nennen oder"
                                        + " zeigen können.",
                                "A record of who created or last changed an activity and who uploaded a document;"
                                        + " reminding the person who created it before the start; keeping minutes,"
                                        + " reports, presentations and photos, which may name or show people."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG; Art. 5 Abs. 2 DSGVO (Rechenschaft)",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG; Art. 5 (2) GDPR"
                                        + " (accountability)"),
                        new Text(
                                "Nutzende des Back Office; in Dokumenten genannte oder abgebildete Personen",
                                "Users of the back office; persons named or shown in documents"),
                        new Text(
                                "Benutzername und Zeitpunkt (angelegt, geändert, hochgeladen); Inhalt der Dokumente",
                                "User name and time (created, changed, uploaded); content of the documents"),
                        new Text(
                                "Nutzende des Back Office; Text der Dokumente im Suchindex des Back Office",
                                "Users of the back office; the documents' text in the back office's search index"),
                        new Text(
                                "Bleiben mit der Aktivität, auch nach der Löschung des Kontos (Nachweis, wer was"
                                        + " erfasst hat); Dokumente löscht die Redaktion.",
                                "Stay with the activity, also after the account is erased (a record of who entered"
                                        + " what); editors delete documents.")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        List<Participant> participations = participations(subject);
        List<Item> items = new ArrayList<>();
        for (Participant participant : participations) {
            items.add(item(participant));
        }
        Set<String> names = names(subject, participations);
        if (!names.isEmpty()) {
            for (FollowUpTask task : activities.findTasksOwnedBy(names)) {
                Map<String, Object> values = activity(task.activity());
                values.put("title", task.getTitle());
                values.put("owner", task.getOwner());
                put(values, "dueDate", task.getDueDate());
                values.put("done", task.isDone());
                items.add(new Item("FollowUpTask", String.valueOf(task.getId()), values));
            }
            for (ProgrammeItem programmeItem : activities.findProgrammeItemsOf(names)) {
                Map<String, Object> values = activity(programmeItem.activity());
                put(values, "day", programmeItem.getDay());
                values.put("title", programmeItem.getTitle());
                values.put("responsible", programmeItem.getResponsible());
                items.add(new Item("ProgrammeItem", String.valueOf(programmeItem.getId()), values));
            }
        }
        if (subject.hasAccount()) {
            for (CalendarToken token : tokens.findByAccountIdOrderByCreatedAtAscIdAsc(subject.accountId())) {
                // Never the hash: what the feed was and when, nothing that could open it.
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("accountId", token.getAccountId());
                put(values, "createdAt", token.getCreatedAt());
                put(values, "revokedAt", token.getRevokedAt());
                values.put("active", token.isActive());
                items.add(new Item("CalendarToken", String.valueOf(token.getId()), values));
            }
        }
        if (subject.username() != null) {
            String username = subject.username().toLowerCase(Locale.ROOT);
            for (Object[] row : activities.findRecordedBy(username)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("title", row[1]);
                put(values, "startDate", row[2]);
                put(values, "createdAt", row[3]);
                values.put("createdBy", row[4]);
                put(values, "updatedAt", row[5]);
                values.put("updatedBy", row[6]);
                items.add(new Item("Activity", String.valueOf(row[0]), values));
            }
            for (Object[] row : documents.findUploadedBy(username)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("activityId", row[1]);
                values.put("title", row[2]);
                values.put("version", row[3]);
                values.put("fileName", row[4]);
                put(values, "uploadedAt", row[5]);
                values.put("uploadedBy", row[6]);
                items.add(new Item("ActivityDocument", String.valueOf(row[0]), values));
            }
        }
        return items;
    }

    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        Instant now = clock.instant();
        String by = JumelageUser.currentUsername();
        List<Kept> kept = new ArrayList<>();
        List<Participant> participations = participations(subject);
        // The names to take off tasks and programme items, read before the entries lose them.
        Set<String> names = names(subject, participations);
        for (Participant participant : participations) {
            Activity activity = participant.activity();
            if (activity.eraseParticipant(participant.getId(), by, now)) {
                kept.add(new Kept(
                        "Participant",
                        String.valueOf(participant.getId()),
                        new Text(
                                "Die Teilnahme an „" + activity.getTitleDe() + "“ (" + activity.getStartDate()
                                        + ", Aktivität " + activity.getId() + ") bleibt ohne Namen, E-Mail-Adresse,"
                                        + " Funktion und Bedarfe: Organisation und Rolle bleiben im Nachweis des Büros,"
                                        + " wer an der Aktivität teilnahm (Art. 17 Abs. 3 lit. b DSGVO).",
                                "The participation in \"" + activity.title(Locale.ENGLISH) + "\" ("
                                        + activity.getStartDate() + ", activity " + activity.getId() + ") stays"
                                        + " without name, e-mail address, function and needs: organisation and role"
                                        + " stay in the office's record of who took part in the activity (Art. 17 (3)"
                                        + " (b) GDPR).")));
            }
        }
        if (!names.isEmpty()) {
            Set<Activity> named = new LinkedHashSet<>();
            activities.findTasksOwnedBy(names).forEach(task -> named.add(task.activity()));
            activities.findProgrammeItemsOf(names).forEach(item -> named.add(item.activity()));
            named.forEach(activity -> activity.unname(text -> names.contains(key(text)), by, now));
        }
        if (subject.hasAccount()) {
            tokens.deleteAll(tokens.findByAccountIdOrderByCreatedAtAscIdAsc(subject.accountId()));
        }
        if (subject.username() != null) {
            String username = subject.username().toLowerCase(Locale.ROOT);
            int recorded = activities.findRecordedBy(username).size();
            if (recorded > 0) {
                kept.add(new Kept(
                        "Activity",
                        String.valueOf(recorded),
                        new Text(
                                "Bei " + recorded + " Aktivitäten bleibt der Benutzername als anlegende oder zuletzt"
                                        + " ändernde Person: Nachweis, wer den Datensatz des Büros erfasst hat (Art. 5"
                                        + " Abs. 2, Art. 17 Abs. 3 lit. b DSGVO).",
                                "On " + recorded + " activities the user name stays as the person who created or"
                                        + " last changed it: a record of who entered the office's record (Art. 5 (2),"
                                        + " Art. 17 (3) (b) GDPR).")));
            }
            int uploaded = documents.findUploadedBy(username).size();
            if (uploaded > 0) {
                kept.add(new Kept(
                        "ActivityDocument",
                        String.valueOf(uploaded),
                        new Text(
                                "Bei " + uploaded + " Dokumentversionen bleibt der Benutzername als hochladende"
                                        + " Person: Nachweis, wer das Dokument abgelegt hat (Art. 5 Abs. 2, Art. 17"
                                        + " Abs. 3 lit. b DSGVO).",
                                "On " + uploaded + " document versions the user name stays as the person who"
                                        + " uploaded it: a record of who filed the document (Art. 5 (2), Art. 17 (3)"
                                        + " (b) GDPR).")));
            }
        }
        return kept;
    }

    /** The person's entries among the participants: by account, and by e-mail address (without regard to case). */
    private List<Participant> participations(DataSubject subject) {
        Map<Long, Participant> found = new LinkedHashMap<>();
        if (subject.hasAccount()) {
            activities.findParticipationsOfAccount(subject.accountId()).forEach(p -> found.put(p.getId(), p));
        }
        if (subject.hasEmail()) {
            activities.findParticipationsByEmail(subject.emailKey()).forEach(p -> found.putIfAbsent(p.getId(), p));
        }
        return List.copyOf(found.values());
    }

    /**
     * How tasks and programme items may name the person (free text, compared whole, stripped and in lower case): the
     * e-mail address, the account's name and the names of their participant entries. Not the user name: a short one
     * ("staff", "hr") is also a word an editor writes for a team, whose tasks an erasure must not touch.
     */
    private Set<String> names(DataSubject subject, List<Participant> participations) {
        Set<String> names = new LinkedHashSet<>();
        add(names, subject.emailKey());
        if (subject.hasAccount()) {
            staff.staffMember(subject.accountId()).ifPresent(member -> add(names, member.displayName()));
        }
        for (Participant participant : participations) {
            if (!participant.isAnonymised()) {
                add(names, participant.getDisplayName());
                add(names, participant.getNameOriginal());
            }
        }
        return names;
    }

    private static void add(Set<String> names, String name) {
        String key = key(name);
        if (key != null) {
            names.add(key);
        }
    }

    private static String key(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static Item item(Participant participant) {
        Map<String, Object> values = activity(participant.activity());
        values.put("staff", participant.isStaff());
        put(values, "accountId", participant.getAccountId());
        values.put("displayName", participant.getDisplayName());
        put(values, "nameOriginal", participant.getNameOriginal());
        put(values, "nameOriginalLang", participant.getNameOriginalLang());
        put(values, "functionTitle", participant.getFunctionTitle());
        put(values, "organisation", participant.getOrganisation());
        put(values, "email", participant.getEmail());
        values.put("role", participant.getRole().name());
        put(values, "needs", participant.getNeeds());
        return new Item("Participant", String.valueOf(participant.getId()), values);
    }

    /** The activity an item belongs to, as the first values of the item. */
    private static Map<String, Object> activity(Activity activity) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("activityId", activity.getId());
        values.put("activityTitle", activity.getTitleDe());
        put(values, "activityTitleEn", activity.getTitleEn());
        put(values, "startDate", activity.getStartDate());
        put(values, "endDate", activity.getEndDate());
        values.put("status", activity.getStatus().name());
        return values;
    }

    /** Puts a value that is there, dates and instants as ISO 8601 text. */
    private static void put(Map<String, Object> values, String name, Object value) {
        if (value instanceof java.time.temporal.TemporalAccessor) {
            values.put(name, value.toString());
        } else if (value != null) {
            values.put(name, value);
        }
    }
}
