package org.jumelage.exchange.domain;

import java.util.List;
import org.jumelage.shared.PersonalData.Processing;
import org.jumelage.shared.PersonalData.Text;

/**
 * The staff exchange's processing activities for the record (GDPR Art. 30), as the code does them: one per purpose
 * (applications, guests, stays, costs, evaluation), each with the rule that erases it and the properties behind it.
 */
final class ExchangeProcessing {

    private ExchangeProcessing() {}

    private static final Text ERASED_WITH_THE_CALL = new Text(
            "Mit den personenbezogenen Daten der Ausschreibung, wenn ihre Aufbewahrungsfrist nach dem Ende des"
                    + " Aufenthaltszeitraums abgelaufen ist (je Ausschreibung 1 bis 120 Monate, vorgeschlagen 24)",
            "With the call's personal data, once its retention period after the end of its stays' window has passed"
                    + " (set per call, 1 to 120 months, 24 suggested)");

    /**
     * @param retentionCron {@code jumelage.exchange.retention-cron}
     * @param supervisorAfter {@code jumelage.exchange.supervisor-feedback-after}
     */
    static List<Processing> of(String retentionCron, String supervisorAfter) {
        Text erasedWithTheCall = new Text(
                ERASED_WITH_THE_CALL.de() + "; nächtlich geprüft (jumelage.exchange.retention-cron, derzeit „"
                        + retentionCron + "“, Europe/Berlin).",
                ERASED_WITH_THE_CALL.en() + "; checked nightly (jumelage.exchange.retention-cron, currently \""
                        + retentionCron + "\", Europe/Berlin).");
        return List.of(
                new Processing(
                        "exchange-applications",
                        new Text(
                                "Verwaltungsaustausch: Bewerbungen und Auswahl",
                                "Staff exchange: applications and selection"),
                        new Text(
                                "Bewerbung Berliner Beschäftigter auf Hospitationsplätze bei Partnerverwaltungen und"
                                        + " ihr Weg durch Freigabe der Führungskraft, Prüfung der Personalstelle und"
                                        + " Auswahl durch das Büro (Bewertungsbögen, Vergabe nach Punkten mit"
                                        + " Losentscheid bei Gleichstand, Angebote frei gewordener Plätze an"
                                        + " Nachrückende); Benachrichtigungen und Erinnerungen; anonyme Statistik des"
                                        + " Programms.",
                                "Applications of Berlin's staff to work-shadowing places at partner administrations"
                                        + " and their way through release by the supervisor, check by HR and selection"
                                        + " by the office (scorecards, allocation by score with a lottery for ties,"
                                        + " freed places offered to alternates); notifications and reminders; the"
                                        + " programme's anonymous statistics."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG; Beschäftigtendaten: § 26 BDSG / Art."
                                        + " 88 DSGVO. Die Teilnahme ist freiwillig.",
                                "Art. 6 (1) (e) GDPR with § 3 BlnDSG; employees' data: § 26 BDSG / Art. 88 GDPR."
                                        + " Taking part is voluntary."),
                        new Text(
                                "Bewerberinnen und Bewerber (Beschäftigte Berlins); ihre Führungskräfte; Beschäftigte"
                                        + " der Personalstellen und des Büros, die entscheiden und bewerten",
                                "Applicants (Berlin's staff); their supervisors; staff of HR and of the office who"
                                        + " decide and score"),
                        new Text(
                                "Name, E-Mail-Adresse, Konto, Heimatdienststelle, Funktion, Sprachkenntnisse mit"
                                        + " Niveau, Motivation, Ziele, Wunschzeitraum und -dauer, gewählte Plätze,"
                                        + " benannte Führungskraft; jeder Schritt mit Entscheidenden (Konto, Name),"
                                        + " Zeitpunkt und Begründung; Bewertungsbögen (Note je Kriterium, Punkte,"
                                        + " Kommentar, Bewertende); Rang, Punktzahl und Ergebnis jeder Wahl in der"
                                        + " Vergabe, Änderungen des Büros mit Begründung und Namen; Angebote frei"
                                        + " gewordener Plätze und ihre Antworten",
                                "Name, e-mail address, account, home unit, position, languages with level,"
                                        + " motivation, objectives, preferred period and length, chosen places, the"
                                        + " supervisor named; every step with who decided (account, name), when and"
                                        + " why; scorecards (mark per criterion, points, comment, scorer); rank, score"
                                        + " and the outcome of each choice in the allocation, the office's changes with"
                                        + " reason and name; offers of freed places and their answers"),
                        new Text(
                                "Die benannte Führungskraft, die Personalstelle der Heimatdienststelle (und der"
                                        + " Dienststellen darüber), das Büro (Administration); E-Mails an die"
                                        + " Bewerbenden und die jeweils Entscheidenden; die interne Suche nur für"
                                        + " dieselben Personen",
                                "The supervisor named, HR of the home unit (and of the units above it), the office"
                                        + " (administrators); e-mails to the applicants and to whoever decides next;"
                                        + " the internal search for the same persons only"),
                        new Text(
                                erasedWithTheCall.de() + " Es bleiben anonyme Zählungen (Richtung, Jahr, Berliner"
                                        + " Verwaltung, Partnerstadt, Wochen, Ergebnis) und die Zahlen der Vergabe. Auf"
                                        + " Antrag früher: Entwürfe, zurückgezogene und – nach Bewerbungsschluss –"
                                        + " abgelehnte Bewerbungen (eine anonyme Zählung bleibt).",
                                erasedWithTheCall.en() + " Anonymous counts remain (direction, year, Berlin"
                                        + " administration, partner city, weeks, outcome) and the allocation's totals."
                                        + " Earlier on request: drafts, withdrawn applications and, once the call has"
                                        + " closed, declined ones (an anonymous count remains).")),
                new Processing(
                        "exchange-guests",
                        new Text(
                                "Verwaltungsaustausch: Gäste aus Partnerverwaltungen",
                                "Staff exchange: guests from partner administrations"),
                        new Text(
                                "Nominierung von Beschäftigten der Partnerverwaltungen für Hospitationsangebote"
                                        + " Berliner Dienststellen durch die Koordination ihrer Verwaltung;"
                                        + " Entscheidung der gastgebenden Dienststelle mit Benennung einer Betreuung.",
                                "Nomination of partner administrations' staff for Berlin units' hosting offers by"
                                        + " their administration's coordinator; the host unit's decision, naming a"
                                        + " mentor."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG (internationale Zusammenarbeit);"
                                        + " Betreuende in Berlin: § 26 BDSG / Art. 88 DSGVO",
                                "Art. 6 (1) (e) GDPR with § 3 BlnDSG (international cooperation); mentors in Berlin:"
                                        + " § 26 BDSG / Art. 88 GDPR"),
                        new Text(
                                "Gäste (Beschäftigte der Partnerverwaltungen, ohne Konto); Koordinatorinnen und"
                                        + " Koordinatoren; Betreuende und Entscheidende in Berlin",
                                "Guests (partner administrations' staff, without an account); coordinators; mentors"
                                        + " and deciders in Berlin"),
                        new Text(
                                "Name, E-Mail-Adresse (freiwillig), Funktion, Sprachen (Freitext), Motivation, Status,"
                                        + " Begründung einer Ablehnung, Betreuende (Konto), wer nominiert und"
                                        + " entschieden hat (Benutzername) und wann",
                                "Name, e-mail address (optional), position, languages (free text), motivation,"
                                        + " status, the reason for a decline, the mentor (account), who nominated and"
                                        + " decided (user name) and when"),
                        new Text(
                                "Die Koordination der entsendenden Partnerverwaltung, die Redaktion (Editor) der"
                                        + " gastgebenden Dienststelle, das Büro; E-Mails an die Koordination",
                                "The sending partner administration's coordinator, the host unit's editors, the"
                                        + " office; e-mails to the coordinator"),
                        new Text(
                                erasedWithTheCall.de() + " Auf Antrag früher: zurückgezogene und abgelehnte"
                                        + " Nominierungen. Gäste werden an ihrer E-Mail-Adresse erkannt; ohne Adresse"
                                        + " kann eine Nominierung keiner Anfrage zugeordnet werden.",
                                erasedWithTheCall.en() + " Earlier on request: withdrawn and declined nominations."
                                        + " Guests are recognised by their e-mail address; a nomination without one"
                                        + " cannot be matched to a request.")),
                new Processing(
                        "exchange-stays",
                        new Text(
                                "Verwaltungsaustausch: Aufenthalte, Lernvereinbarungen und Bescheinigungen",
                                "Staff exchange: stays, training agreements and certificates"),
                        new Text(
                                "Planung und Durchführung der Aufenthalte in beide Richtungen: Termine, Betreuung,"
                                        + " Dokumente, Lernvereinbarung (Muster Erasmus+) mit der Zustimmung aller"
                                        + " Beteiligten in jeder Fassung, Aufenthaltsbestätigung,"
                                        + " Teilnahmebescheinigung mit öffentlich prüfbarer Nummer, Absagen.",
                                "Planning and running the stays in both directions: dates, mentoring, documents, the"
                                        + " training agreement (Erasmus+ template) with every party's approval of each"
                                        + " version, confirmation of stay, certificate of participation with a publicly"
                                        + " checkable number, cancellations."),
                        new Text(
                                "Art. 6 Abs. 1 lit. b und e DSGVO i. V. m. § 3 BlnDSG; Beschäftigte Berlins: § 26 BDSG"
                                        + " / Art. 88 DSGVO",
                                "Art. 6 (1) (b) and (e) GDPR with § 3 BlnDSG; Berlin's staff: § 26 BDSG / Art. 88"
                                        + " GDPR"),
                        new Text(
                                "Teilnehmende (Berliner Beschäftigte und Gäste); Betreuende; Beschäftigte, die"
                                        + " Dokumente hochladen, Vereinbarungen schreiben oder ihnen zustimmen und"
                                        + " Bescheinigungen ausstellen",
                                "Participants (Berlin's staff and guests); mentors; staff who upload documents, write"
                                        + " or approve agreements and issue certificates"),
                        new Text(
                                "Name, Zeitraum, Status, Gast- und Heimatverwaltung, Betreuung, Absagegrund; Dokumente"
                                        + " (PDF, wer sie wann hochgeladen hat); Lernvereinbarung in allen Fassungen"
                                        + " mit Zustimmungen (Name, Zeitpunkt); Bescheinigung (Nummer, Name und Konto"
                                        + " der Inhaberin oder des Inhabers, Gastverwaltung, Thema, Zeitraum,"
                                        + " ausgestellt von und am)",
                                "Name, period, status, host and home administration, mentor, reason for a"
                                        + " cancellation; documents (PDF, who uploaded them when); the training"
                                        + " agreement in every version with its approvals (name, time); certificate"
                                        + " (number, the holder's name and account, host administration, topic, period,"
                                        + " issued by and when)"),
                        new Text(
                                "Das Büro; die Koordination der Partnerverwaltung, die gastgebend oder entsendend ist"
                                        + " (auch außerhalb der EU und des EWR: Übermittlung in ein Drittland, Art. 44"
                                        + " ff. DSGVO, nur was der Aufenthalt braucht); die Personalstelle (ausgehend)"
                                        + " oder die Redaktion der gastgebenden Dienststelle (eingehend); die"
                                        + " Teilnehmenden selbst; wer die Nummer einer Bescheinigung kennt (öffentliche"
                                        + " Prüfung: Name, Gastverwaltung, Thema, Zeitraum)",
                                "The office; the partner administration's coordinator, as host or sender (also outside"
                                        + " the EU and the EEA: a transfer to a third country, Art. 44 ff. GDPR, only"
                                        + " what the stay needs); HR (outgoing) or the host unit's editors (incoming);"
                                        + " the participants themselves; whoever knows a certificate's number (public"
                                        + " check: name, host administration, topic, period)"),
                        new Text(
                                erasedWithTheCall.de() + " Die Teilnahmebescheinigung bleibt ohne Frist für die"
                                        + " öffentliche Prüfung ihrer Nummer (Name, Gastverwaltung, Thema, Zeitraum),"
                                        + " mit dem Konto ihrer Inhaberin oder ihres Inhabers; auf deren Antrag wird"
                                        + " sie mit dem Aufenthalt oder danach gelöscht. Auf Antrag früher: abgesagte"
                                        + " Aufenthalte.",
                                erasedWithTheCall.en() + " The certificate of participation stays without a time"
                                        + " limit for the public check of its number (name, host administration, topic,"
                                        + " period), with its holder's account; at the holder's request it is erased"
                                        + " with the stay or later. Earlier on request: cancelled stays.")),
                new Processing(
                        "exchange-costs",
                        new Text("Verwaltungsaustausch: Kosten der Aufenthalte", "Staff exchange: costs of stays"),
                        new Text(
                                "Planung und Abrechnung der Kosten je Aufenthalt (Reise, Unterkunft, Tagegeld) nach den"
                                        + " Kostensätzen des Büros, gegen das Budget des Programms; wer zahlt.",
                                "Planning and accounting for each stay's costs (travel, accommodation, subsistence)"
                                        + " by the office's rates, against the programme's budget; who pays."),
                        new Text(
                                "Art. 6 Abs. 1 lit. c und e DSGVO i. V. m. § 3 BlnDSG und der Landeshaushaltsordnung"
                                        + " Berlin",
                                "Art. 6 (1) (c) and (e) GDPR with § 3 BlnDSG and Berlin's budget code (LHO)"),
                        new Text(
                                "Teilnehmende (über ihren Aufenthalt); Beschäftigte des Büros, die Kosten erfassen",
                                "Participants (through their stay); office staff who record costs"),
                        new Text(
                                "Geplante Beträge, Tage und Nächte, Stufe, Finanzierung; tatsächliche Kosten mit"
                                        + " Datum, Notiz und dem Namen der erfassenden Person",
                                "Planned amounts, days and nights, stage, funding; actual costs with date, note and"
                                        + " the name of who recorded them"),
                        new Text("Das Büro", "The office"),
                        new Text(
                                erasedWithTheCall.de() + " Dann verlieren Plan und Kosten den Bezug zum Aufenthalt und"
                                        + " ihre Notizen; die Beträge bleiben ohne Personenbezug für"
                                        + " die Haushaltszahlen des Programms. Der Name der erfassenden"
                                        + " Person bleibt dabei; auf Antrag wird er entfernt, sobald"
                                        + " die Kosten ohne Personenbezug sind.",
                                erasedWithTheCall.en() + " Then plan and costs lose their link to the stay and their"
                                        + " notes; the amounts stay, without the person, for the programme's budget"
                                        + " figures. The name of who recorded them stays with them; on request it is"
                                        + " removed once the costs are no longer linked to a person.")),
                new Processing(
                        "exchange-evaluation",
                        new Text(
                                "Verwaltungsaustausch: Auswertung und Erfahrungsberichte",
                                "Staff exchange: evaluation and experience reports"),
                        new Text(
                                "Auswertung abgeschlossener Aufenthalte durch die Teilnehmenden, die gastgebende"
                                        + " Verwaltung und die Führungskraft (diese "
                                        + supervisorAfter
                                        + " nach dem Ende, jumelage.exchange.supervisor-feedback-after), Erinnerungen;"
                                        + " Erfahrungsberichte und ihre Veröffentlichung mit Einwilligung;"
                                        + " Folgeprojekte; die Wirkung des Programms.",
                                "Evaluation of completed stays by the participants, the host administration and the"
                                        + " supervisor (the latter "
                                        + supervisorAfter
                                        + " after the end, jumelage.exchange.supervisor-feedback-after), reminders;"
                                        + " experience reports and their publication with consent; follow-up projects;"
                                        + " the programme's impact."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG (Auswertung des Programms);"
                                        + " Veröffentlichung eines Erfahrungsberichts: Einwilligung, Art. 6 Abs. 1 lit."
                                        + " a DSGVO, jederzeit widerruflich",
                                "Art. 6 (1) (e) GDPR with § 3 BlnDSG (evaluating the programme); publishing an"
                                        + " experience report: consent, Art. 6 (1) (a) GDPR, revocable at any time"),
                        new Text(
                                "Teilnehmende Berliner Beschäftigte; ihre Führungskräfte; die Koordination der"
                                        + " gastgebenden Verwaltung",
                                "Participating Berlin staff; their supervisors; the host administration's"
                                        + " coordinator"),
                        new Text(
                                "Punkte und Textantworten je Frage, Erfahrungsbericht, Einwilligung, Veröffentlichung,"
                                        + " Fälligkeit, Erinnerungen; Folgeprojekte (Aktivität, wer sie notiert hat)",
                                "Points and text answers per question, experience report, consent, publication, due"
                                        + " date, reminders; follow-up projects (activity, who noted it)"),
                        new Text(
                                "Nur das Büro (keine Partei sieht die Antworten einer anderen); veröffentlichte"
                                        + " Erfahrungsberichte: die Öffentlichkeit (ohne Namen, mit Programm, Jahr und"
                                        + " Gastverwaltung)",
                                "The office only (no party sees another's answers); published experience reports:"
                                        + " the public (without a name, with programme, year and host"
                                        + " administration)"),
                        new Text(
                                erasedWithTheCall.de() + " Dann werden Antwortende, Textantworten und Berichte"
                                        + " gelöscht; die Punkte bleiben als anonyme Zahlen. Ein Widerruf der"
                                        + " Einwilligung nimmt den Bericht sofort von der Website.",
                                erasedWithTheCall.en() + " Then who answered, the text answers and the reports are"
                                        + " erased; the points stay as anonymous figures. Withdrawing consent takes the"
                                        + " report off the website at once.")));
    }
}
