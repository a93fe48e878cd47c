package org.jumelage.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.domain.AuditEntry;
import org.jumelage.audit.domain.AuditLog;
import org.jumelage.shared.Attachments;
import org.jumelage.shared.Csv;
import org.jumelage.shared.InstallationProperties;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail for administrators (ADR 0036): filtered by who, what, which record and which days, newest first, a
 * page at a time; the same selection as a CSV file, written as it is read.
 */
@Controller
@RequestMapping("/office/audit")
class AuditController {

    /**
     * How many exports run at once: each holds a database connection (its rows are read through a cursor) for as long as
     * the client takes to download it, so a few dozen at once would take every connection of the pool.
     */
    static final int CONCURRENT_EXPORTS = 2;

    private final AuditLog audit;
    private final ZoneId zone;
    private final org.jumelage.shared.WriterSlots exports =
            new org.jumelage.shared.WriterSlots("audit exports", CONCURRENT_EXPORTS);

    AuditController(AuditLog audit, InstallationProperties installation) {
        this.audit = audit;
        this.zone = installation.timeZone();
    }

    @GetMapping
    String list(
            @Valid @ModelAttribute("filter") AuditFilter filter,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("actions", Arrays.asList(AuditAction.values()));
        // A filter that cannot be read finds nothing (rather than everything) and says why.
        Page<AuditEntry> found = errors.hasErrors() ? Page.empty() : audit.search(filter.query(), page, zone);
        model.addAttribute("page", found);
        model.addAttribute("countedAtMost", AuditLog.COUNTED_AT_MOST);
        model.addAttribute("rows", found.getContent().stream().map(this::row).toList());
        return "audit/list";
    }

    /** One changed value: its name, before and after (either may be empty). */
    record Change(String name, String before, String after) {}

    /** One entry as the table shows it: the time in the installation's zone, and what changed, value by value. */
    record Row(AuditEntry entry, String when, List<Change> changes) {}

    private Row row(AuditEntry entry) {
        Map<String, Object> before = values(entry.before());
        Map<String, Object> after = values(entry.after());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = names.stream()
                .map(name -> new Change(name, text(before.get(name)), text(after.get(name))))
                .toList();
        return new Row(entry, WHEN.format(entry.occurredAt().atZone(zone)), changes);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(String json) {
        return json == null ? Map.of() : JSON.readValue(json, LinkedHashMap.class);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }

    @GetMapping("/export.csv")
    void export(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, HttpServletResponse response)
            throws IOException {
        if (errors.hasErrors()) {
            response.sendError(400);
            return;
        }
        exports.write(() -> {
            try {
                writeCsv(filter, response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private void writeCsv(AuditFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType(Attachments.CSV.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit.csv").build().toString());
        Writer out = response.getWriter();
        out.write(Csv.line(List.of(
                "id",
                "occurred_at",
                "actor",
                "actor_account_id",
                "remote_address",
                "request_id",
                "action",
                "subject_type",
                "subject_id",
                "before",
                "after")));
        // The answer's head goes out now, before the rows' cursor takes a database connection: committing it saves the
        // session (Spring Session JDBC), which takes a connection of its own; in the middle of the rows, with every
        // connection held by an export, that waited for one that none would give back (found by bench/run).
        response.flushBuffer();
        audit.export(filter.query(), zone, entry -> {
            try {
                out.write(Csv.line(Arrays.asList(
                        String.valueOf(entry.id()),
                        entry.occurredAt().toString(),
                        Csv.text(entry.actor()),
                        entry.actorAccountId() == null ? "" : String.valueOf(entry.actorAccountId()),
                        Csv.text(entry.remoteAddress()),
                        Csv.text(entry.requestId()),
                        entry.action(),
                        Csv.text(entry.subjectType()),
                        Csv.text(entry.subjectId()),
                        Csv.text(entry.before()),
                        Csv.text(entry.after()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }
}
