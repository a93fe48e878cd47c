package org.jumelage.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The audit trail's part of the record of processing activities, of a subject-access export and of an erasure: the
 * entries a person made and those about their account are theirs to see; none is erased on request (they prove who
 * did what, until {@code jumelage.audit.keep} has passed).
 */
@Component
class AuditPersonalData implements PersonalData {

    private final AuditLog audit;
    private final AuditConfiguration.Settings settings;

    AuditPersonalData(AuditLog audit, AuditConfiguration.Settings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing(
                "audit-trail",
                new Text("Protokoll (Audit-Trail)", "Audit trail"),
                new Text(
                        "Nachweis, wer wann von wo welche Konten, Rechte, Datensätze und Dokumente angelegt, geändert"
                                + " oder gelöscht hat, sowie der Anmeldungen, fehlgeschlagenen Anmeldungen, Abmeldungen"
                                + " und verweigerten Zugriffe: Datensicherheit und Rechenschaft.",
                        "Proof of who created, changed or deleted which accounts, rights, records and documents,"
                                + " when and from where, and of sign-ins, failed sign-ins, sign-outs and denied"
                                + " access: security of processing and accountability."),
                new Text(
                        "Art. 6 Abs. 1 lit. c und e, Art. 5 Abs. 2, Art. 32 DSGVO",
                        "Art. 6 (1) (c) and (e), Art. 5 (2), Art. 32 GDPR"),
                new Text(
                        "Nutzende des Back Office; Personen, deren Daten in geänderten Datensätzen stehen",
                        "Users of the back office; persons whose data are in changed records"),
                new Text(
                        "Benutzername, Kontonummer, IP-Adresse, Anfragekennung, Zeitpunkt, Aktion, geänderte Werte"
                                + " vorher und nachher (ohne Passwörter und Token)",
                        "User name, account number, IP address, request id, time, action, changed values before and"
                                + " after (no passwords or tokens)"),
                new Text("Administratorinnen und Administratoren des Büros", "The office's administrators"),
                new Text(
                        "Löschung nach " + settings.keep().toDays() + " Tagen (jumelage.audit.keep); Einträge werden"
                                + " nie geändert",
                        "Deleted after " + settings.keep().toDays() + " days (jumelage.audit.keep); entries are"
                                + " never changed")));
    }

    @Override
    public List<Item> about(DataSubject subject) {
        if (!subject.hasAccount()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        String account = String.valueOf(subject.accountId());
        for (AuditEntry entry : audit.about(subject.accountId())) {
            // About the person's account: what changed in it. Only made by them (a record they changed): that they
            // did, not the values, which are other people's data; nor another person's address.
            boolean aboutThem = "Account".equals(entry.subjectType()) && account.equals(entry.subjectId());
            boolean byThem = subject.accountId().equals(entry.actorAccountId());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("occurredAt", entry.occurredAt().toString());
            values.put("actor", entry.actor());
            values.put("action", entry.action());
            if (entry.subjectType() != null) {
                values.put("subject", entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId()));
            }
            if (entry.remoteAddress() != null && byThem) {
                values.put("remoteAddress", entry.remoteAddress());
            }
            if (entry.before() != null && aboutThem) {
                values.put("before", entry.before());
            }
            if (entry.after() != null && aboutThem) {
                values.put("after", entry.after());
            }
            items.add(new Item("AuditEntry", String.valueOf(entry.id()), values));
        }
        return items;
    }

    /** Counted by the database: an account's entries over the audit trail's years can be tens of thousands. */
    @Override
    public Map<String, Long> count(DataSubject subject) {
        if (!subject.hasAccount()) {
            return Map.of();
        }
        long entries = audit.countAbout(subject.accountId());
        return entries == 0 ? Map.of() : Map.of("AuditEntry", entries);
    }

    @Override
    public List<Kept> erase(DataSubject subject) {
        if (!subject.hasAccount()) {
            return List.of();
        }
        long entries = audit.countAbout(subject.accountId());
        if (entries == 0) {
            return List.of();
        }
        return List.of(new Kept(
                "AuditEntry",
                entries + "",
                new Text(
                        entries + " Protokolleinträge bleiben bis zum Ablauf von "
                                + settings.keep().toDays()
                                + " Tagen: sie weisen nach, wer was getan hat (Art. 5 Abs. 2, Art. 17 Abs. 3 lit. b"
                                + " DSGVO); sie werden nie geändert.",
                        entries + " audit entries stay until " + settings.keep().toDays() + " days have passed: they"
                                + " prove who did what (Art. 5 (2), Art. 17 (3) (b) GDPR); they are never changed.")));
    }
}
