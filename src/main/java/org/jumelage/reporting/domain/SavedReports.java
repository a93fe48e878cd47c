package org.jumelage.reporting.domain;

import java.time.Clock;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved report definitions: kept by anyone who reads the reports, deleted by their maker or an administrator. */
@Service
@Transactional
public class SavedReports {

    public static final int PAGE_SIZE = 20;

    private final SavedReportRepository reports;
    private final Clock clock;

    SavedReports(SavedReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<SavedReport> page(int page) {
        return reports.findAllByOrderByNameAsc(PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public SavedReport get(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFound("saved report", id));
    }

    /** Keeps the filters under a name no other saved report has (in any case). */
    public SavedReport save(String name, ReportFilter filter) {
        String trimmed = name.strip();
        if (reports.existsByNameKey(trimmed.toLowerCase(java.util.Locale.ROOT))) {
            throw RuleViolation.at("name", "reports.saved.error.taken");
        }
        try {
            return reports.saveAndFlush(
                    new SavedReport(trimmed, filter, JumelageUser.currentUsername(), clock.instant()));
        } catch (DataIntegrityViolationException taken) {
            // Someone saved the same name a moment earlier.
            throw RuleViolation.at("name", "reports.saved.error.taken");
        }
    }

    /** Deletes the report as loaded ({@code version}): refused to anyone but its maker and administrators. */
    public void delete(long id, long version) {
        SavedReport report = get(id);
        if (!mayDelete(report)) {
            throw new AccessDeniedException("another person's saved report");
        }
        if (report.getVersion() != version) {
            throw new EditConflict("saved report", version, report.getVersion());
        }
        reports.delete(report);
    }

    @Transactional(readOnly = true)
    public boolean mayDelete(SavedReport report) {
        return JumelageUser.current()
                .map(user -> user.role() == Role.ADMIN || user.getUsername().equals(report.getCreatedBy()))
                .orElse(false);
    }
}
