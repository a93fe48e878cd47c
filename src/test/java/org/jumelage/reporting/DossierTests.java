package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * "Everything about Warsaw 2020–2025" in one download, on the demo data (also on PostgreSQL in CI): the DOCX has the
 * relationships, the activities of the period with outcome and lessons, and the exchange figures, under real heading
 * styles; the PDF says the same and is PDF/UA-1 by veraPDF; the XLSX holds the figures; no participant's name goes in;
 * the exchange's small counts are withheld from a viewer and exact for the international office.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
class DossierTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private long warsaw() {
        return jdbc.queryForObject("select id from city where slug = 'warsaw'", Long.class);
    }

    private byte[] download(String format, String username, String from, String to) throws Exception {
        return mvc.perform(get("/office/reports/dossier." + format)
                        .param("city", String.valueOf(warsaw()))
                        .param("from", from)
                        .param("to", to)
                        .with(user(demo(username))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("dossier-warsaw-" + from + "-" + to)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The titles of Warsaw's activities that take place in the years, wholly or in part. */
    private List<String> activitiesOfWarsaw(int from, int to) {
        return jdbc.queryForList(
                "select a.title_de from activity a join activity_city c on c.activity_id = a.id where c.city_id = ?"
                        + " and a.end_date >= ? and a.start_date <= ?",
                String.class,
                warsaw(),
                java.sql.Date.valueOf(from + "-01-01"),
                java.sql.Date.valueOf(to + "-12-31"));
    }

    @Test
    void theDocxAnswersEverythingAboutWarsawInAPeriod() throws Exception {
        List<String> inPeriod = activitiesOfWarsaw(2000, 2030);
        assertThat(inPeriod).isNotEmpty();
        byte[] docx = download("docx", "viewer", "2000", "2030");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "Dossier: Warschau, 2000–2030",
                            "Beziehungen",
                            "Statusverlauf",
                            "Vereinbarungen und Dokumente",
                            "Aktivitäten im Zeitraum",
                            "Personalaustausch");
            assertThat(text).contains(inPeriod);
            // Instruments, focus areas and the outcome of activities, as the registry and the activities hold them.
            for (String kind : jdbc.queryForList(
                    "select distinct i.kind from instrument i join relationship r on r.id = i.relationship_id"
                            + " where r.city_id = ?",
                    String.class,
                    warsaw())) {
                assertThat(text).contains(messages.getMessage("instrumentKind." + kind, null, java.util.Locale.GERMAN));
            }
            for (String outcome : jdbc.queryForList(
                    "select a.outcome_summary from activity a join activity_city c on c.activity_id = a.id"
                            + " where c.city_id = ? and a.outcome_summary is not null and a.end_date >= date '2000-01-01'"
                            + " and a.start_date <= date '2030-12-31'",
                    String.class,
                    warsaw())) {
                assertThat(text).contains(outcome.strip().lines().findFirst().orElseThrow());
            }
            // Never a participant's name, not even of the activities it lists.
            List<String> participants = jdbc.queryForList(
                    "select p.display_name from participant p join activity_city c on c.activity_id = p.activity_id"
                            + " where c.city_id = ?",
                    String.class,
                    warsaw());
            assertThat(participants).isNotEmpty();
            participants.forEach(name -> assertThat(text).doesNotContain(name));
            // The structure is Word's own: headings Word's navigation and a screen reader find.
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).contains("Beziehungen", "Aktivitäten im Zeitraum", "Personalaustausch");
            assertThat(document.getStyles().getStyle("Heading1")).isNotNull();
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Dossier: Warschau, 2000–2030");
        }
    }

    @Test
    void thePeriodDecidesWhichActivitiesGoIn() throws Exception {
        List<String> all = activitiesOfWarsaw(1900, 2100);
        List<String> recent = activitiesOfWarsaw(2025, 2100);
        List<String> older = new ArrayList<>(all);
        older.removeAll(recent);
        assertThat(older).as("the demo has Warsaw activities before 2025").isNotEmpty();
        byte[] docx = download("docx", "viewer", "2025", "2100");
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            String text = extractor.getText();
            assertThat(text).contains(recent);
            older.forEach(title -> assertThat(text).doesNotContain(title));
        }
    }

    @Test
    void thePdfSaysTheSameAndIsAccessible() throws Exception {
        byte[] pdf = download("pdf", "viewer", "2000", "2030");
        ValidationResult result;
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        }
        assertThat(result.isCompliant())
                .as(
                        "PDF/UA-1: %s",
                        result.getTestAssertions().stream()
                                .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                                .map(a -> a.getRuleId() + " " + a.getMessage())
                                .distinct()
                                .limit(10)
                                .toList())
                .isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Dossier: Warschau, 2000–2030", "Beziehungen", "Aktivitäten im Zeitraum");
            for (String title : activitiesOfWarsaw(2000, 2030)) {
                assertThat(text).contains(title.replaceAll("\\s+", " "));
            }
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
    }

    @Test
    void theXlsxHoldsTheFiguresAndTheCitysExchangeFiguresAreTheOfficesOnly() throws Exception {
        List<List<String>> office = sheet(download("xlsx", "admin", "2000", "2030"), "Austausch je Jahr und Richtung");
        assertThat(office.getFirst()).containsExactly("Jahr", "Aus Berlin", "Nach Berlin");
        // The demo's past call: one completed stay in Warsaw, exact for the office.
        assertThat(office.stream().skip(1).anyMatch(row -> row.get(1).equals("1")))
                .isTrue();
        // A viewer's dossier leaves one city's exchange figures out (beside all cities' figures they would give
        // a withheld count away) and says so.
        byte[] viewers = download("xlsx", "viewer", "2000", "2030");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(viewers))) {
            assertThat(workbook.getSheet("Austausch je Jahr und Richtung")).isNull();
        }
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(
                new XWPFDocument(new ByteArrayInputStream(download("docx", "viewer", "2000", "2030"))))) {
            assertThat(extractor.getText())
                    .contains("nicht Teil dieses Dossiers")
                    .doesNotContain("Aus Berlin");
        }
        List<List<String>> byYear = sheet(viewers, "Aktivitäten nach Jahr");
        long listed = byYear.stream()
                .skip(1)
                .mapToLong(row -> Long.parseLong(row.get(1)))
                .sum();
        assertThat(listed).isEqualTo(activitiesOfWarsaw(2000, 2030).size());
    }

    private static List<List<String>> sheet(byte[] xlsx, String name) throws Exception {
        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet(name)).as("sheet %s", name).isNotNull();
            for (Row row : workbook.getSheet(name)) {
                List<String> line = new ArrayList<>();
                row.forEach(cell -> line.add(cell.getStringCellValue()));
                cells.add(line);
            }
        }
        return cells;
    }

    @Test
    void aFormWithErrorsComesBackAsThePageNeverAsAFile() throws Exception {
        mvc.perform(get("/office/reports/dossier.docx").with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Bitte eine Partnerstadt wählen.")));
        mvc.perform(get("/office/reports/dossier.pdf")
                        .param("city", String.valueOf(warsaw()))
                        .param("from", "2025")
                        .param("to", "2020")
                        .with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Das Anfangsjahr liegt nach dem Endjahr.")));
        mvc.perform(get("/office/reports/dossier.xlsx").param("city", "999999").with(user(demo("viewer"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Diese Partnerstadt gibt es nicht im Register.")));
        mvc.perform(get("/office/reports/dossier")
                        .header("Accept-Language", "en")
                        .with(user(demo("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossier for a parliamentary question")));
    }
}
