package org.jumelage.partners.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registry keeps about people (ADR 0037): contact persons of relationships (found by e-mail address; they
 * have no accounts), and the user names that recorded relationships, their status changes and signed documents. An
 * erasure removes the person's contacts through their relationships (a business contact may go on request); who
 * recorded what stays.
 */
@Component
class PartnersPersonalData implements PersonalData {

    private final RelationshipRepository relationships;
    private final InstrumentDocumentRepository documents;
    private final ContactRetention.Settings settings;
    private final Clock clock;

    PartnersPersonalData(
            RelationshipRepository relationships,
            InstrumentDocumentRepository documents,
            ContactRetention.Settings settings,
            Clock clock) {
        this.relationships = relationships;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Processing> processing() {
        Text retention = Text.period(settings.contactRetention());
        return List.of(
                new Processing(
                        "partners-contacts",
                        new Text("Kontaktpersonen der Partnerschaften", "Contact persons of partnerships"),
                        new Text(
                                "Pflege der Beziehungen zu Partnerstädten: wer auf unserer Seite und bei der"
                                        + " Partnerstadt anzusprechen ist; Veröffentlichung der als öffentlich"
                                        + " markierten Kontakte veröffentlichter Beziehungen auf der Website und in der"
                                        + " öffentlichen Programmierschnittstelle.",
                                "Keeping up the relationships with partner cities: whom to contact on our side and"
                                        + " at the partner city; publishing the contacts marked public of published"
                                        + " relationships on the website and in the public API."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG (Aufgaben des Büros in der"
                                        + " internationalen Zusammenarbeit); Veröffentlichung: Art. 6 Abs. 1 lit. e"
                                        + " DSGVO für Funktionsadressen und Amtsträgerinnen und Amtsträger in ihrer"
                                        + " Funktion, sonst Art. 6 Abs. 1 lit. a DSGVO (Einwilligung, die das Büro vor"
                                        + " dem Markieren einholt)",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG (the office's tasks in"
                                        + " international cooperation); publication: Art. 6 (1) (e) GDPR for"
                                        + " functional addresses and office holders in their function, otherwise Art. 6"
                                        + " (1) (a) GDPR (consent, which the office obtains before marking a contact"
                                        + " public)"),
                        new Text(
                                "Kontaktpersonen in der eigenen Verwaltung und bei Partnerstädten und ihren"
                                        + " Einrichtungen",
                                "Contact persons in our own administration and at partner cities and their"
                                        + " institutions"),
                        new Text(
                                "Name, Funktion und Organisation (deutsch und englisch), E-Mail-Adresse, Telefon,"
                                        + " Sprachen, Seite (unsere oder Partnerstadt), ob öffentlich; die Beziehung",
                                "Name, function and organisation (German and English), e-mail address, phone,"
                                        + " languages, side (ours or the partner's), whether public; the relationship"),
                        new Text(
                                "Nutzende des Back Office (Administration, Redaktion, Lesende) und dessen Suchindex"
                                        + " (Namen, Funktionen, Organisationen); die Öffentlichkeit nur für als"
                                        + " öffentlich markierte Kontakte einer veröffentlichten Beziehung (Name,"
                                        + " Funktion, Organisation, E-Mail, Telefon auf der Seite der Stadt, in der"
                                        + " öffentlichen API /api/v1/cities und der öffentlichen Suche: nur der Name"
                                        + " und die Organisation)",
                                "Users of the back office (administrators, editors, viewers) and its search index"
                                        + " (names, functions, organisations); the public only for contacts marked"
                                        + " public of a published relationship (name, function, organisation, e-mail,"
                                        + " phone on the city's page, in the public API /api/v1/cities, and in the"
                                        + " public search: name and organisation only)"),
                        new Text(
                                "Bleiben, solange die Beziehung besteht (aktiv oder ruhend); "
                                        + retention.de()
                                        + " nach ihrem Ende (dem Ende des Zeitraums, auf den der Status datiert ist,"
                                        + " sonst dem Tag, an dem es erfasst wurde) nächtlich gelöscht"
                                        + " (jumelage.partners.contact-retention); vorher, wenn die Redaktion den"
                                        + " Kontakt entfernt oder die Person es verlangt.",
                                "Kept while the relationship lasts (active or dormant); deleted nightly "
                                        + retention.en()
                                        + " after it ended (the end of the period its status is dated to, otherwise the"
                                        + " day the end was recorded; jumelage.partners.contact-retention); earlier"
                                        + " when editors remove the contact or the person asks for it.")),
                new Processing(
                        "partners-records",
                        new Text("Bearbeitungsvermerke im Partnerschaftsregister", "Records of work in the registry"),
                        new Text(
                                "Nachweis, wer eine Beziehung angelegt oder zuletzt geändert, ihren Status geändert"
                                        + " und ein unterzeichnetes Dokument hochgeladen hat; Unterzeichnende der"
                                        + " Urkunden und Quellen von Statusänderungen als Teil der Geschichte der"
                                        + " Partnerschaft.",
                                "A record of who created or last changed a relationship, changed its status and"
                                        + " uploaded a signed document; the signatories of instruments and the sources"
                                        + " of status changes as part of the partnership's history."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG; Art. 5 Abs. 2 DSGVO (Rechenschaft)",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG; Art. 5 (2) GDPR"
                                        + " (accountability)"),
                        new Text(
                                "Nutzende des Back Office; Unterzeichnende von Urkunden (Amtsträgerinnen und"
                                        + " Amtsträger); in Quellen genannte Personen",
                                "Users of the back office; signatories of instruments (office holders); persons"
                                        + " named as sources"),
                        new Text(
                                "Benutzername und Zeitpunkt (angelegt, geändert, Status geändert, hochgeladen);"
                                        + " Namen der Unterzeichnenden; Quellenangaben",
                                "User name and time (created, changed, status changed, uploaded); names of"
                                        + " signatories; sources"),
                        new Text(
                                "Nutzende des Back Office und dessen Suchindex",
                                "Users of the back office and its search index"),
                        new Text(
                                "Bleiben mit der Beziehung, auch nach der Löschung des Kontos (Nachweis, wer was"
                                        + " erfasst hat; Geschichte der Partnerschaft).",
                                "Stay with the relationship, also after the account is erased (a record of who"
                                        + " entered what; the partnership's history).")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        List<Item> items = new ArrayList<>();
        if (subject.hasEmail()) {
            for (Contact contact : relationships.findContactsByEmail(subject.emailKey())) {
                items.add(item(contact));
            }
        }
        if (subject.username() != null) {
            String username = subject.username().toLowerCase(Locale.ROOT);
            for (Object[] row : relationships.findRecordedBy(username)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("city", row[1]);
                values.put("type", String.valueOf(row[2]));
                put(values, "createdAt", row[3]);
                values.put("createdBy", row[4]);
                put(values, "updatedAt", row[5]);
                values.put("updatedBy", row[6]);
                items.add(new Item("Relationship", String.valueOf(row[0]), values));
            }
            for (Object[] row : relationships.findStatusChangesBy(username)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("relationshipId", row[1]);
                values.put("city", row[2]);
                values.put("status", String.valueOf(row[3]));
                put(values, "changedAt", row[4]);
                values.put("changedBy", row[5]);
                items.add(new Item("StatusChange", String.valueOf(row[0]), values));
            }
            for (Object[] row : documents.findUploadedBy(username)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("relationshipId", row[1]);
                values.put("fileName", row[2]);
                put(values, "uploadedAt", row[3]);
                values.put("uploadedBy", row[4]);
                items.add(new Item("InstrumentDocument", String.valueOf(row[0]), values));
            }
        }
        return items;
    }

    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        if (subject.hasEmail()) {
            Instant now = clock.instant();
            String by = JumelageUser.currentUsername();
            for (Contact contact : relationships.findContactsByEmail(subject.emailKey())) {
                contact.relationship().removeContact(contact.getId(), by, now);
            }
        }
        List<Kept> kept = new ArrayList<>();
        if (subject.username() != null) {
            String username = subject.username().toLowerCase(Locale.ROOT);
            int recorded = relationships.findRecordedBy(username).size()
                    + relationships.findStatusChangesBy(username).size()
                    + documents.findUploadedBy(username).size();
            if (recorded > 0) {
                kept.add(new Kept(
                        "Relationship",
                        String.valueOf(recorded),
                        new Text(
                                "Bei " + recorded + " Beziehungen, Statusänderungen und unterzeichneten Dokumenten"
                                        + " bleibt der Benutzername als erfassende Person: Nachweis, wer den Eintrag"
                                        + " im Register des Büros vorgenommen hat (Art. 5 Abs. 2, Art. 17 Abs. 3 lit. b"
                                        + " DSGVO).",
                                "On " + recorded + " relationships, status changes and signed documents the user"
                                        + " name stays as the person who entered them: a record of who made the entry"
                                        + " in the office's registry (Art. 5 (2), Art. 17 (3) (b) GDPR).")));
            }
        }
        return kept;
    }

    private static Item item(Contact contact) {
        Relationship relationship = contact.relationship();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("relationshipId", relationship.getId());
        values.put("city", relationship.getCity().getNameDe());
        values.put("relationshipType", relationship.getType().name());
        values.put("relationshipStatus", relationship.getStatus().name());
        values.put("side", contact.getSide().name());
        values.put("name", contact.getName());
        put(values, "functionTitle", contact.getFunctionTitle());
        put(values, "functionTitleEn", contact.getFunctionTitleEn());
        put(values, "organisation", contact.getOrganisation());
        put(values, "organisationEn", contact.getOrganisationEn());
        put(values, "email", contact.getEmail());
        put(values, "phone", contact.getPhone());
        put(values, "languages", contact.getLanguages());
        values.put("publicVisible", contact.isPublicVisible());
        // Shown to the public only where the relationship is published too.
        values.put("published", contact.isPublicVisible() && relationship.isPublicVisible());
        return new Item("Contact", String.valueOf(contact.getId()), values);
    }

    /** Puts a value that is there, instants as ISO 8601 text. */
    private static void put(Map<String, Object> values, String name, Object value) {
        if (value instanceof java.time.temporal.TemporalAccessor) {
            values.put(name, value.toString());
        } else if (value != null) {
            values.put(name, value);
        }
    }
}
