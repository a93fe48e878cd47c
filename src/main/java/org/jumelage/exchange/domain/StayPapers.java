package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jumelage.exchange.CertificateCheck;
import org.jumelage.exchange.CheckedCertificate;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.SiteProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stay's documents as accessible PDF in German, English or French (issue 13): the training agreement's current
 * version, the confirmation of stay, and the certificate of participation, whose number anyone can check on the public
 * site. Each names the operator ({@code jumelage.site.operator}). Whoever may see the stay downloads its documents;
 * the office issues the certificate (once, with its number) when the stay is completed.
 */
@Service
@Transactional
public class StayPapers implements CertificateCheck {

    /** The languages the documents are written in. */
    public static final List<String> LANGUAGES = List.of("de", "en", "fr");

    private final StayService stays;
    private final PlacementRepository placements;
    private final AgreementService agreements;
    private final CertificateRepository certificates;
    private final Organisation organisation;
    private final ExchangeAccess access;
    private final org.jumelage.shared.PdfPapers pdf;
    private final Clock clock;
    private final String operator;
    private final String baseUrl;
    private final ApplicationRepository applications;

    StayPapers(
            StayService stays,
            PlacementRepository placements,
            AgreementService agreements,
            CertificateRepository certificates,
            Organisation organisation,
            ExchangeAccess access,
            org.jumelage.shared.PdfPapers pdf,
            Clock clock,
            SiteProperties site,
            InstallationProperties installation,
            ApplicationRepository applications) {
        this.applications = applications;
        this.stays = stays;
        this.placements = placements;
        this.agreements = agreements;
        this.certificates = certificates;
        this.organisation = organisation;
        this.access = access;
        this.pdf = pdf;
        this.clock = clock;
        this.operator = site.operator();
        this.baseUrl = installation.baseUrl();
    }

    /** A document: its bytes and the file name it is downloaded under. */
    public record Paper(byte[] content, String fileName) {}

    /** The confirmation of stay: once the stay is confirmed (it is going ahead), ongoing or completed. */
    @Transactional(readOnly = true)
    public Paper confirmation(long stayId, String language) {
        Stay stay = stays.view(stayId);
        if (stay.getStatus() == StayStatus.PLANNED || stay.getStatus() == StayStatus.CANCELLED) {
            throw new RuleViolation("papers.error.notConfirmed");
        }
        Locale locale = locale(language);
        return new Paper(
                pdf.render("confirmation", locale, variables(stay, locale)),
                "confirmation-" + stayId + "-" + language + ".pdf");
    }

    /** The training agreement's current version, with each party's approval. */
    @Transactional(readOnly = true)
    public Paper agreement(long stayId, String language) {
        Stay stay = stays.view(stayId);
        AgreementService.Current current =
                agreements.of(stayId).orElseThrow(() -> new RuleViolation("papers.error.noAgreement"));
        Locale locale = locale(language);
        Map<String, Object> variables = variables(stay, locale);
        variables.put("agreement", current.version());
        String code = current.version().terms().workingLanguage();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        variables.put("languageName", name.isEmpty() || name.equals(code) ? code : name);
        return new Paper(
                pdf.render("agreement", locale, variables),
                "agreement-" + stayId + "-v" + current.version().getNumber() + "-" + language + ".pdf");
    }

    /** Whether the person may issue the stay's certificate now: the office, once the stay is completed. */
    @Transactional(readOnly = true)
    public boolean mayIssue(Stay stay) {
        return access.isAdmin() && stay.getStatus() == StayStatus.COMPLETED && !stay.isIncoming();
    }

    /** The stay's certificate, if issued. */
    @Transactional(readOnly = true)
    public Optional<Certificate> certificateOf(long stayId) {
        stays.view(stayId);
        return certificates.findByStayId(stayId);
    }

    /** The office issues the certificate of a completed stay, once: it gets its number. */
    public Certificate issue(long stayId) {
        Stay stay = stays.view(stayId);
        if (!access.isAdmin()) {
            throw new AccessDeniedException("only the office issues certificates");
        }
        Optional<Certificate> issued = certificates.findByStayId(stayId);
        if (issued.isPresent()) {
            throw new RuleViolation("papers.error.issuedAlready");
        }
        if (!mayIssue(stay)) {
            throw new RuleViolation("papers.error.notCompleted");
        }
        Placement placement = placements.findById(stay.getPlacementId()).orElseThrow();
        UnitRef host = organisation.unit(stay.getAdministrationId()).orElseThrow();
        // The participant, who applied with their account (only outgoing stays are certified).
        Long holder = stay.getApplicationId() == null
                ? null
                : applications
                        .findById(stay.getApplicationId())
                        .map(Application::getApplicantId)
                        .orElse(null);
        return certificates.saveAndFlush(new Certificate(
                stay,
                holder,
                placement,
                host.nameDe(),
                host.nameEn(),
                access.user().displayName(),
                clock.instant()));
    }

    /** The certificate of participation, once issued: for whoever may see the stay. */
    @Transactional(readOnly = true)
    public Paper certificate(long stayId, String language) {
        Stay stay = stays.view(stayId);
        Certificate certificate =
                certificates.findByStayId(stayId).orElseThrow(() -> new RuleViolation("papers.error.notIssued"));
        Locale locale = locale(language);
        Map<String, Object> variables = variables(stay, locale);
        variables.put("certificate", certificate.checked());
        variables.put("checkUrl", baseUrl + ("de".equals(language) ? "/de/bescheinigung" : "/en/certificate"));
        return new Paper(
                pdf.render("certificate", locale, variables),
                "certificate-" + certificate.getNumber() + "-" + language + ".pdf");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckedCertificate> check(String number) {
        String normalised = Certificate.normalised(number);
        if (normalised.length() != 14) {
            return Optional.empty();
        }
        return certificates.findByNumber(normalised).map(Certificate::checked);
    }

    private Map<String, Object> variables(Stay stay, Locale locale) {
        Placement placement = placements.findById(stay.getPlacementId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put("stay", stay);
        variables.put(
                "topic",
                "en".equals(locale.getLanguage()) || "fr".equals(locale.getLanguage())
                        ? placement.getTopicEn()
                        : placement.getTopicDe());
        // The partner city's administration hosts an outgoing stay and sends an incoming guest; Berlin's unit the
        // other way round.
        String partner = organisation
                .unit(stay.getAdministrationId())
                .map(u -> name(u, locale))
                .orElse("");
        String berlin = organisation
                .unit(stay.getBerlinUnitId())
                .map(u -> name(u, locale))
                .orElse("");
        variables.put("host", stay.isIncoming() ? berlin : partner);
        variables.put("home", stay.isIncoming() ? partner : berlin);
        variables.put("operatorLines", List.of(operator.split("\n")));
        variables.put("issuedOn", java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin"))));
        variables.put("dates", new PaperDates(locale));
        return variables;
    }

    private static String name(UnitRef unit, Locale locale) {
        return "de".equals(locale.getLanguage()) ? unit.nameDe() : unit.nameEn();
    }

    private static Locale locale(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("papers.error.language");
        }
        return Locale.of(language);
    }

    /** Dates as a document in that language writes them (3 March 2027, 3. März 2027, 3 mars 2027). */
    public record PaperDates(Locale locale) {

        public String day(java.time.LocalDate date) {
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(locale)
                    .format(date);
        }
    }
}
