package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.CheckedCertificate;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.jumelage.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A stay's documents: PDF/UA-1 as veraPDF checks it, in German, English and French, each with its language's text; the
 * certificate issued once by the office with a number the public check finds (typed any way), and still finds after
 * the call's personal data is erased.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ExchangeSmtp.PORT})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
@Tag("database")
class StayPapersTests {

    static final com.icegreen.greenmail.util.GreenMail smtp = ExchangeSmtp.SERVER;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    StayPapers papers;

    @Autowired
    StayService stays;

    @Autowired
    AgreementService agreements;

    @Autowired
    ApplicationService applicationService;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    CallService calls;

    @Autowired
    PlacementService placements;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    AccountService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    MutableClock clock;

    @Autowired
    ProgrammeImpact impact;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.set(Instant.now());
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    /** Stefan Staff placed in Paris, the stay completed, its agreement written: a call that ended 40 days ago. */
    private Stay completedStay(String title) {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        LocalDate staysFrom = LocalDate.now(BERLIN).minusMonths(4).withDayOfMonth(1);
        LocalDateTime opened = staysFrom.minusMonths(3).atTime(9, 0);
        Call call = calls.create(new CallDetails(
                eva,
                title,
                title,
                opened,
                opened.plusDays(30),
                BERLIN,
                staysFrom,
                staysFrom.plusMonths(3).minusDays(1),
                4,
                12,
                6,
                Set.of(unit("SENUVK")),
                Set.of("fr")));
        Placement paris = placements.create(new PlacementDetails(
                call.getId(),
                unit("PAR"),
                "Radverkehr",
                "Cycling",
                null,
                null,
                staysFrom,
                staysFrom.plusWeeks(10),
                8,
                1,
                "Mentor (Test)",
                List.of(new LanguageSkill("fr", CefrLevel.B1))));
        var staff = accounts.staffMember("staff").orElseThrow();
        Application application = new Application(
                call.getId(), staff.accountId(), staff.displayName(), staff.email(), staff.unitId(), clock.instant());
        application.updateDraft(new ApplicationDetails(
                staff.unitId(),
                "Referent",
                List.of(new LanguageSkill("fr", CefrLevel.C1)),
                "M",
                "Z",
                List.of(paris.getId()),
                staysFrom,
                staysFrom.plusMonths(2),
                8,
                null));
        ApplicationStatus at = ApplicationStatus.DRAFT;
        for (ApplicationStatus to : List.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.RELEASED,
                ApplicationStatus.CHECKED,
                ApplicationStatus.SHORTLISTED)) {
            application.move(at, to, staff.accountId(), staff.displayName(), null, clock.instant());
            at = to;
        }
        Application saved = applications.saveAndFlush(application);
        Stay stay = applicationService.place(
                saved.getId(),
                saved.getVersion(),
                paris.getId(),
                staysFrom,
                staysFrom.plusWeeks(8).minusDays(1));
        agreements.write(
                stay.getId(),
                null,
                new AgreementTerms(
                        stay.getStartsOn(),
                        stay.getEndsOn(),
                        "fr",
                        "Ziele",
                        "Mehrwert",
                        "Tätigkeiten",
                        "Ergebnisse",
                        "Teilnahme",
                        "Freistellung",
                        "Mentorin"));
        // The certificate not before the stay is completed.
        assertThatThrownBy(() -> papers.issue(stay.getId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("papers.error.notCompleted");
        for (StayStatus next : List.of(StayStatus.CONFIRMED, StayStatus.ONGOING, StayStatus.COMPLETED)) {
            Stay current = stays.view(stay.getId());
            stays.moveTo(current.getId(), current.getVersion(), next, null);
        }
        return stays.view(stay.getId());
    }

    private static ValidationResult pdfUa(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            return validator.validate(parser);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String language(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    @Test
    void everyDocumentIsPdfUaInItsLanguage() throws Exception {
        Stay stay = completedStay("Dokumente");
        // An ended stay's agreement is not changed any more.
        assertThat(agreements.mayWrite(stay)).isFalse();
        assertThatThrownBy(() -> agreements.write(
                        stay.getId(),
                        agreements.of(stay.getId()).orElseThrow().agreement().getVersion(),
                        new AgreementTerms(
                                stay.getStartsOn(), stay.getEndsOn(), "fr", "Neu", "M", "T", "E", "P", "S", "R")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("agreement.error.stayEnded");
        assertThat(agreements.partiesOf(stay)).isEmpty();
        long agreementVersion =
                agreements.of(stay.getId()).orElseThrow().agreement().getVersion();
        assertThatThrownBy(() -> agreements.approve(stay.getId(), agreementVersion, AgreementVersion.Party.SENDING))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("agreement.error.stayEnded");
        papers.issue(stay.getId());
        String[][] expected = {
            {"de", "Teilnahmebescheinigung", "Aufenthaltsbestätigung", "Lernvereinbarung"},
            {"en", "Certificate of participation", "Confirmation of stay", "Training agreement"},
            {"fr", "Certificat de participation", "Attestation de séjour", "Convention de formation"}
        };
        for (String[] language : expected) {
            byte[][] documents = {
                papers.certificate(stay.getId(), language[0]).content(),
                papers.confirmation(stay.getId(), language[0]).content(),
                papers.agreement(stay.getId(), language[0]).content()
            };
            for (int d = 0; d < documents.length; d++) {
                ValidationResult result = pdfUa(documents[d]);
                assertThat(result.isCompliant())
                        .as(
                                "%s in %s: %s",
                                expected[0][d + 1],
                                language[0],
                                result.getTestAssertions().stream()
                                        .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                                        .distinct()
                                        .toList())
                        .isTrue();
                assertThat(language(documents[d])).isEqualTo(language[0]);
                assertThat(text(documents[d])).contains(language[d + 1]).contains("Stefan Staff (Demo)");
            }
        }
        // The operator is named on every document.
        assertThat(text(papers.confirmation(stay.getId(), "de").content())).contains("Senatskanzlei");
        assertThatThrownBy(() -> papers.confirmation(stay.getId(), "it"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("papers.error.language");
    }

    @Test
    void theCertificateIsIssuedOnceAndAnyoneCanCheckItsNumberAlsoAfterTheErasure() throws Exception {
        Stay stay = completedStay("Bescheinigung");
        // Before the office issues it, there is none; only the office issues it, once.
        SignedIn.as(accounts, "staff");
        assertThatThrownBy(() -> papers.certificate(stay.getId(), "de"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("papers.error.notIssued");
        assertThatThrownBy(() -> papers.issue(stay.getId())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "admin");
        Certificate certificate = papers.issue(stay.getId());
        assertThatThrownBy(() -> papers.issue(stay.getId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("papers.error.issuedAlready");
        String first = text(papers.certificate(stay.getId(), "de").content());
        assertThat(certificate.getNumber()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(first).contains(certificate.getNumber());
        // Downloading again keeps the number; the participant may download it now.
        papers.certificate(stay.getId(), "en");
        SignedIn.as(accounts, "staff");
        assertThat(text(papers.certificate(stay.getId(), "fr").content())).contains(certificate.getNumber());
        SignedIn.as(accounts, "warsaw");
        assertThatThrownBy(() -> papers.certificate(stay.getId(), "de")).isInstanceOf(NotFound.class);
        SecurityContextHolder.clearContext();

        // The public check: typed in lower case with spaces, found; a wrong number, not.
        CheckedCertificate checked = papers.check(
                        " " + certificate.getNumber().toLowerCase().replace("-", " ") + " ")
                .orElseThrow();
        assertThat(checked.holderName()).isEqualTo("Stefan Staff (Demo)");
        assertThat(checked.hostDe()).isEqualTo("Stadt Paris");
        assertThat(checked.topicEn()).isEqualTo("Cycling");
        assertThat(papers.check("AAAA-BBBB-CCCC")).isEmpty();
        assertThat(papers.check("<script>")).isEmpty();

        // Past the call's retention: the stay is erased, the certificate's check is not.
        Call call = calls.get(stay.getCallId());
        clock.set(call.erasureDue().atTime(12, 0).atZone(BERLIN).toInstant());
        assertThat(retention.eraseDue()).isPositive();
        assertThat(papers.check(certificate.getNumber())).get().isEqualTo(checked);
    }

    /** The impact of the demo's evaluated EVA year as funders get it: PDF/UA in German and English, and XLSX. */
    @Test
    void theImpactIsPdfUaInTheReadersLanguageAndASpreadsheet() throws Exception {
        SignedIn.as(accounts, "admin");
        long eva = programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
        int year = jdbc.queryForObject(
                "select min(year_no) from evaluation_request where programme_id = ? and published = true",
                Integer.class,
                eva);
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH)) {
            ProgrammeImpact.Impact figures = impact.of(eva, year, locale);
            byte[] pdf = impact.pdf(figures, locale);
            ValidationResult result = pdfUa(pdf);
            assertThat(result.isCompliant())
                    .as(locale + ": "
                            + result.getTestAssertions().stream()
                                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                                    .map(a -> a.getRuleId() + " " + a.getMessage())
                                    .distinct()
                                    .toList())
                    .isTrue();
            assertThat(language(pdf)).isEqualTo(locale.getLanguage());
            String text = text(pdf);
            assertThat(text).contains(locale == java.util.Locale.GERMAN ? "Wirkung: Europäischer" : "Impact: Europ");
            assertThat(text).contains(locale == java.util.Locale.GERMAN ? "Stadt Warschau" : "City of Warsaw");
            assertThat(text).contains("Senatskanzlei");
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new ByteArrayInputStream(impact.spreadsheet(figures, locale).xlsx()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(locale == java.util.Locale.GERMAN ? "Bereich" : "Section");
                boolean warsaw = false;
                for (var row : sheet) {
                    warsaw |= row.getCell(1) != null
                            && row.getCell(1)
                                    .getStringCellValue()
                                    .equals(locale == java.util.Locale.GERMAN ? "Stadt Warschau" : "City of Warsaw");
                }
                assertThat(warsaw).isTrue();
            }
        }
    }
}
