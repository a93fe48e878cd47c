package org.jumelage.privacy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.AuditTrail;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.PdfPapers;
import org.jumelage.shared.PersonalData;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data across every module (ADR 0037): found, handed out as JSON and PDF, erased on request; and the
 * record of processing activities. Each module answers through its {@link PersonalData} bean; people's comes last (the
 * account), so that an erasure removes what refers to the account first.
 */
@Service
public class SubjectAccess {

    /** In the PDF, at most this many items of one kind (the JSON has them all). */
    static final int PDF_ITEMS_PER_KIND = 500;

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> modules;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final PdfPapers papers;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final List<String> operatorLines;

    SubjectAccess(
            List<PersonalData> modules,
            StaffDirectory staff,
            AuditTrail audit,
            PdfPapers papers,
            Clock clock,
            InstallationProperties installation,
            SiteProperties site) {
        this.operatorLines = List.of(site.operator().split("\n"));
        // The account last, whatever the beans' @Order says (beans without one tie with it): every other module's
        // erasure finds the person by their account first.
        this.modules = modules.stream()
                .sorted(java.util.Comparator.comparing((PersonalData module) -> "people".equals(moduleOf(module))))
                .toList();
        this.staff = staff;
        this.audit = audit;
        this.papers = papers;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    /** Whom a request concerns: an account by its user name, or else a person by an e-mail address. */
    public Optional<DataSubject> subject(String username, String email) {
        if (username != null && !username.isBlank()) {
            return staff.staffMember(username.strip())
                    .map(member -> new DataSubject(member.accountId(), member.username(), member.email()));
        }
        if (email != null && !email.isBlank()) {
            return Optional.of(new DataSubject(null, null, email.strip()));
        }
        return Optional.empty();
    }

    /** Whether an account has this address: then a request by address alone is refused (ask by user name). */
    public boolean isAccountsAddress(String email) {
        return !staff.withEmail(email).isEmpty();
    }

    /** One module's part of a report: its name (the bean's module) and the items it keeps. */
    public record Section(String module, List<PersonalData.Item> items) {}

    /** Everything kept about a person, when it was gathered, module by module (modules that keep nothing left out). */
    public record Report(DataSubject subject, Instant gatheredAt, List<Section> sections) {

        public int count() {
            return sections.stream().mapToInt(section -> section.items().size()).sum();
        }
    }

    @Transactional(readOnly = true)
    public Report report(DataSubject subject) {
        List<Section> sections = new ArrayList<>();
        for (PersonalData module : modules) {
            List<PersonalData.Item> items = module.about(subject);
            if (!items.isEmpty()) {
                sections.add(new Section(moduleOf(module), items));
            }
        }
        return new Report(subject, clock.instant(), sections);
    }

    /**
     * How many items of which kind each module keeps about the person (modules that keep nothing left out), for the page
     * that shows the counts: without gathering the items (ADR 0037).
     */
    public record Counts(Map<String, Map<String, Long>> byModule) {

        public long total() {
            return byModule.values().stream()
                    .flatMap(kinds -> kinds.values().stream())
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    @Transactional(readOnly = true)
    public Counts counts(DataSubject subject) {
        Map<String, Map<String, Long>> byModule = new LinkedHashMap<>();
        for (PersonalData module : modules) {
            Map<String, Long> kinds = module.count(subject);
            if (!kinds.isEmpty()) {
                byModule.merge(moduleOf(module), new LinkedHashMap<>(kinds), (a, b) -> {
                    b.forEach((kind, n) -> a.merge(kind, n, Long::sum));
                    return a;
                });
            }
        }
        return new Counts(byModule);
    }

    /** The report as JSON: the person, when, and per module the items with their values. */
    public byte[] json(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("accountId", report.subject().accountId());
        person.put("username", report.subject().username());
        person.put("email", report.subject().email());
        root.put("subject", person);
        root.put("gatheredAt", report.gatheredAt().toString());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : report.sections()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("module", section.module());
            part.put(
                    "items",
                    section.items().stream()
                            .map(item -> {
                                Map<String, Object> one = new LinkedHashMap<>();
                                one.put("kind", item.kind());
                                one.put("id", item.id());
                                one.put("values", item.values());
                                return one;
                            })
                            .toList());
            sections.add(part);
        }
        root.put("sections", sections);
        return JSON.writeValueAsBytes(root);
    }

    /** The report as an accessible PDF in the language, at most {@link #PDF_ITEMS_PER_KIND} items of a kind. */
    public byte[] pdf(Report report, Locale locale) {
        List<Section> shown = new ArrayList<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        for (Section section : report.sections()) {
            Map<String, Integer> perKind = new LinkedHashMap<>();
            List<PersonalData.Item> items = new ArrayList<>();
            for (PersonalData.Item item : section.items()) {
                int n = perKind.merge(item.kind(), 1, Integer::sum);
                if (n <= PDF_ITEMS_PER_KIND) {
                    items.add(item);
                } else {
                    leftOut.merge(item.kind(), 1, Integer::sum);
                }
            }
            shown.add(new Section(section.module(), items));
        }
        return papers.render(
                "subject-access",
                locale,
                Map.of(
                        "report", report,
                        "sections", shown,
                        "leftOut", leftOut,
                        "gatheredAt",
                                new org.jumelage.shared.DateTexts(zone.getId()).moment(report.gatheredAt(), locale),
                        "operatorLines", operatorLines));
    }

    /** What an erasure did: when, and what every module kept and why. */
    public record Erasure(DataSubject subject, Instant at, List<PersonalData.Kept> kept) {}

    /**
     * Erases the person's data in every module, in one transaction (all or nothing), recording the erasure in the audit
     * trail without the erased values.
     */
    @Transactional
    public Erasure erase(DataSubject subject) {
        List<PersonalData.Kept> kept = audit.erasing(() -> {
            List<PersonalData.Kept> all = new ArrayList<>();
            for (PersonalData module : modules) {
                all.addAll(module.erase(subject));
            }
            return all;
        });
        audit.record(
                AuditAction.DELETED_BY_RULE,
                subject.hasAccount() ? "Account" : "Person",
                subject.hasAccount() ? String.valueOf(subject.accountId()) : null,
                Map.of("rule", "erasure on request (Art. 17 GDPR)", "kept", String.valueOf(kept.size())));
        return new Erasure(subject, clock.instant(), kept);
    }

    /** One module's processing activities, for the record (Art. 30). */
    public record Declared(String module, List<PersonalData.Processing> processing) {}

    public List<Declared> record() {
        return modules.stream()
                .map(module -> new Declared(moduleOf(module), module.processing()))
                .filter(declared -> !declared.processing().isEmpty())
                .toList();
    }

    public byte[] recordPdf(Locale locale) {
        return papers.render(
                "processing-record",
                locale,
                Map.of(
                        "declared", record(),
                        "madeAt", new org.jumelage.shared.DateTexts(zone.getId()).moment(clock.instant(), locale),
                        "operatorLines", operatorLines));
    }

    /** The module a bean belongs to: the package after {@code org.jumelage.}. */
    static String moduleOf(PersonalData module) {
        String name =
                org.springframework.aop.support.AopUtils.getTargetClass(module).getPackageName();
        String rest = name.startsWith("org.jumelage.") ? name.substring("org.jumelage.".length()) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
