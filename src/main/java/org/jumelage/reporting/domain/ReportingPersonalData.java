package org.jumelage.reporting.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting's part of the record of processing activities, of a subject-access export and of an erasure (ADR 0037):
 * the saved reports a person made, which name them as their maker. They are the person's own and are deleted with them.
 */
@Component
class ReportingPersonalData implements PersonalData {

    private final SavedReportRepository reports;

    ReportingPersonalData(SavedReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing(
                "saved-reports",
                new Text("Gespeicherte Auswertungen", "Saved reports"),
                new Text(
                        "Die Filter einer Auswertung unter einem Namen aufbewahren, damit alle, die Auswertungen"
                                + " lesen, sie mit den Daten des Tages erneut abrufen; wer sie gespeichert hat, darf"
                                + " sie löschen.",
                        "Keeping a report's filters under a name, so that everyone who reads the reports can run it"
                                + " again with the day's data; the person who saved it may delete it."),
                new Text(
                        "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG",
                        "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG"),
                new Text(
                        "Nutzende des Back Office, die eine Auswertung speichern",
                        "Users of the back office who save a report"),
                new Text(
                        "Benutzername dessen, der die Auswertung gespeichert hat, Zeitpunkt (mit Name und Filtern der"
                                + " Auswertung)",
                        "User name of the person who saved the report, time (with the report's name and filters)"),
                new Text(
                        "Alle Nutzenden des Back Office, die Auswertungen lesen (Administration, Redaktion,"
                                + " Lesezugriff)",
                        "Every user of the back office who reads the reports (administrators, editors, viewers)"),
                new Text(
                        "Keine Frist: gelöscht von der Person, die sie gespeichert hat, oder von der Administration,"
                                + " und wenn die Löschung der Daten dieser Person beantragt wird",
                        "No time limit: deleted by the person who saved it or by an administrator, and when the"
                                + " erasure of that person's data is requested")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        return madeBy(subject).stream()
                .map(report -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("name", report.getName());
                    ReportFilter filter = report.filter();
                    if (filter.from() != null) {
                        values.put("fromYear", filter.from());
                    }
                    if (filter.to() != null) {
                        values.put("toYear", filter.to());
                    }
                    if (filter.city() != null) {
                        values.put("partnerCityId", filter.city());
                    }
                    values.put("createdBy", report.getCreatedBy());
                    values.put("createdAt", report.getCreatedAt().toString());
                    return new Item("SavedReport", String.valueOf(report.getId()), values);
                })
                .toList();
    }

    /** Deletes the person's saved reports: nothing is kept. */
    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        reports.deleteAll(madeBy(subject));
        return List.of();
    }

    /**
     * A report names its maker by user name, so only a person with an account has any. Found by the subject's user
     * name, not through the account: the account's erasure renames it.
     */
    private List<SavedReport> madeBy(DataSubject subject) {
        if (!subject.hasAccount()
                || subject.username() == null
                || subject.username().isBlank()) {
            return List.of();
        }
        return reports.findMadeBy(subject.username().strip().toLowerCase(Locale.ROOT));
    }
}
