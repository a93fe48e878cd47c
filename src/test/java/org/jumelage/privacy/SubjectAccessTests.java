package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.jumelage.privacy.domain.SubjectAccess;
import org.jumelage.shared.PersonalData;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A data subject's request across all modules (ADR 0037): the report gathers every module's items, as JSON and as a
 * PDF; the erasure anonymises the account and leaves its own audit entry without the erased values; the record of
 * processing activities names every module that keeps personal data, which a test finds from the entities themselves.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubjectAccessTests {

    /** Attributes of an entity that hold a person's data: a module with one must declare a PersonalData bean. */
    private static final Pattern PERSONAL =
            Pattern.compile("(?i).*(email|e_mail|displayname|username|phone|needs|motivation|surname|firstname).*");

    @Autowired
    SubjectAccess access;

    @Autowired
    AccountService accounts;

    @Autowired
    List<PersonalData> modules;

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    JdbcTemplate jdbc;

    private JumelageUser admin() {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        admin.eraseCredentials();
        return admin;
    }

    private DataSubject newViewer(String username, String email) throws Exception {
        Signed.in(admin(), () -> accounts.create(username, "Erika Auskunft", email, Role.VIEWER, null));
        return access.subject(username, null).orElseThrow();
    }

    @Test
    void theReportHasTheAccountAndItsAuditEntriesAsJsonAndPdf() throws Exception {
        String username = "auskunft-" + Long.toString(System.nanoTime(), 36);
        DataSubject subject = newViewer(username, username + "@example.org");
        assertThat(subject.email()).isEqualTo(username + "@example.org");

        SubjectAccess.Report report = access.report(subject);
        assertThat(report.sections()).extracting(SubjectAccess.Section::module).contains("people", "audit");

        JsonNode json = JsonMapper.builder().build().readTree(access.json(report));
        assertThat(json.get("subject").get("username").asString()).isEqualTo(username);
        String text = json.toString();
        assertThat(text).contains("Erika Auskunft").contains(username + "@example.org");
        // Secrets never leave: neither the password's hash nor anything that looks like one.
        assertThat(text).doesNotContain("{bcrypt}").doesNotContain("$2a$");

        byte[] pdf = access.pdf(report, Locale.GERMAN);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theCountsThePageShowsAreThoseOfTheReportForEveryDemoPerson() {
        // Modules that count with a query (the audit trail) must count what their report gives.
        List<String> usernames = jdbc.queryForList("select username from account order by id", String.class);
        assertThat(usernames).hasSizeGreaterThan(5);
        for (String username : usernames) {
            DataSubject subject = access.subject(username, null).orElseThrow();
            java.util.Map<String, java.util.Map<String, Long>> fromReport = new java.util.LinkedHashMap<>();
            for (SubjectAccess.Section section : access.report(subject).sections()) {
                for (PersonalData.Item item : section.items()) {
                    fromReport
                            .computeIfAbsent(section.module(), module -> new java.util.LinkedHashMap<>())
                            .merge(item.kind(), 1L, Long::sum);
                }
            }
            SubjectAccess.Counts counts = access.counts(subject);
            assertThat(counts.byModule()).as(username).isEqualTo(fromReport);
            assertThat(counts.total())
                    .as(username)
                    .isEqualTo(access.report(subject).count());
        }
        assertThat(access.counts(access.subject("admin", null).orElseThrow()).byModule())
                .containsKey("audit");
    }

    @Test
    void anErasureAnonymisesTheAccountAndIsAnEntryWithoutTheErasedValues() throws Exception {
        String username = "loeschen-" + Long.toString(System.nanoTime(), 36);
        DataSubject subject = newViewer(username, username + "@example.org");

        SubjectAccess.Erasure erasure = Signed.in(admin(), () -> access.erase(subject));

        assertThat(accounts.loadUser(username)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where lower(email) = ?", Long.class, username + "@example.org"))
                .isZero();
        // The audit trail keeps its entries (and says so) and records the erasure without the erased values.
        assertThat(erasure.kept()).extracting(PersonalData.Kept::kind).contains("AuditEntry");
        List<String> written = jdbc.queryForList(
                "select coalesce(before_values, '') || coalesce(after_values, '') from audit_entry"
                        + " where subject_type = 'Account' and subject_id = ? and action = 'CHANGED'",
                String.class,
                String.valueOf(subject.accountId()));
        assertThat(written)
                .isNotEmpty()
                .allSatisfy(
                        values -> assertThat(values).doesNotContain(username).contains("(erased)"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'DELETED_BY_RULE' and subject_id = ?",
                        Long.class,
                        String.valueOf(subject.accountId())))
                .isEqualTo(1);
    }

    @Test
    void everyModuleWhoseEntitiesHoldPersonalDataDeclaresItsProcessing() {
        Set<String> declaring = access.record().stream()
                .map(SubjectAccess.Declared::module)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> holding = new TreeSet<>();
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                if (PERSONAL.matcher(attribute.getName()).matches()) {
                    holding.add(module(entity.getJavaType()));
                }
            }
        }
        assertThat(holding).as("modules whose entities hold personal data").contains("people", "activities");
        assertThat(declaring).containsAll(holding);
        // The account's module answers last: an erasure removes what refers to the account first.
        assertThat(access.record())
                .last()
                .extracting(SubjectAccess.Declared::module)
                .isEqualTo("people");
        for (SubjectAccess.Declared declared : access.record()) {
            for (PersonalData.Processing processing : declared.processing()) {
                assertThat(List.of(
                                processing.name(),
                                processing.purpose(),
                                processing.legalBasis(),
                                processing.subjects(),
                                processing.data(),
                                processing.recipients(),
                                processing.erasure()))
                        .as(declared.module() + " " + processing.id())
                        .allSatisfy(text -> {
                            assertThat(text.de()).isNotBlank();
                            assertThat(text.en()).isNotBlank();
                        });
            }
        }
        byte[] pdf = access.recordPdf(Locale.ENGLISH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String module(Class<?> type) {
        String rest = type.getPackageName().substring("org.jumelage.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
