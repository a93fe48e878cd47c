package org.jumelage.privacy.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jumelage.privacy.domain.SubjectAccess;
import org.jumelage.shared.Attachments;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.Submission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A data subject's request, for administrators (ADR 0037): find the person by user name or e-mail address, see what
 * every module keeps, download it as JSON or PDF, erase it; and the record of processing activities.
 */
@Controller
@RequestMapping("/office/privacy")
class PrivacyController {

    private static final String PAGE = "privacy/request";

    private final SubjectAccess access;
    private final org.jumelage.audit.AuditTrail audit;

    PrivacyController(SubjectAccess access, org.jumelage.audit.AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    /**
     * Who looked at or downloaded whose data is itself recorded: the account's number, or for a person without an
     * account only that one was looked up (never the address, which would outlive the person's data in the trail).
     */
    private void recordAccess(DataSubject subject, String how) {
        audit.record(
                org.jumelage.audit.AuditAction.SUBJECT_ACCESS,
                subject.hasAccount() ? "Account" : "Person",
                subject.hasAccount() ? String.valueOf(subject.accountId()) : null,
                Map.of("as", how));
    }

    @GetMapping
    String request(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String email,
            Model model) {
        model.addAttribute("username", username);
        model.addAttribute("email", email);
        if (blank(username) && blank(email)) {
            return PAGE;
        }
        Optional<DataSubject> subject = find(username, email, model);
        subject.ifPresent(person -> {
            model.addAttribute("counts", access.counts(person));
            recordAccess(person, "page");
        });
        return PAGE;
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> json(
            @RequestParam(required = false) String username, @RequestParam(required = false) String email) {
        DataSubject subject = findOrThrow(username, email);
        byte[] json = access.json(access.report(subject));
        recordAccess(subject, "JSON");
        return Attachments.of(json, MediaType.APPLICATION_JSON, fileName(subject) + ".json");
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String email,
            Locale locale) {
        DataSubject subject = findOrThrow(username, email);
        byte[] pdf = access.pdf(access.report(subject), locale);
        recordAccess(subject, "PDF");
        return Attachments.of(pdf, MediaType.APPLICATION_PDF, fileName(subject) + ".pdf");
    }

    @PostMapping("/erase")
    String erase(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("username", username);
        model.addAttribute("email", email);
        Optional<DataSubject> subject = find(username, email, model);
        if (subject.isEmpty()) {
            return PAGE;
        }
        if (!confirmed) {
            model.addAttribute("problem", "privacy.erase.confirmMissing");
            model.addAttribute("counts", access.counts(subject.get()));
            return PAGE;
        }
        try {
            model.addAttribute("erasure", access.erase(subject.get()));
        } catch (RuleViolation refused) {
            Submission.failure(redirect, refused.messageKey(), refused.arguments());
            redirect.addAttribute("username", username);
            redirect.addAttribute("email", email);
            return "redirect:/office/privacy";
        }
        return "privacy/erased";
    }

    @GetMapping("/record")
    String record(Model model) {
        model.addAttribute("declared", access.record());
        return "privacy/record";
    }

    @GetMapping("/record.pdf")
    ResponseEntity<byte[]> recordPdf(Locale locale) {
        return Attachments.of(access.recordPdf(locale), MediaType.APPLICATION_PDF, "verarbeitungsverzeichnis.pdf");
    }

    private Optional<DataSubject> find(String username, String email, Model model) {
        if (!blank(email) && blank(username) && !plausibleAddress(email)) {
            model.addAttribute("problem", "privacy.error.email");
            return Optional.empty();
        }
        if (blank(username) && !blank(email) && access.isAccountsAddress(email)) {
            // An account's address: the request is the account's (every module then finds what refers to it, and
            // one's own account or the last administrator are refused), asked by its user name.
            model.addAttribute("problem", "privacy.error.emailOfAccount");
            return Optional.empty();
        }
        Optional<DataSubject> subject = access.subject(username, email);
        if (subject.isEmpty()) {
            model.addAttribute("problem", blank(username) ? "privacy.error.nothingGiven" : "privacy.error.noAccount");
        }
        return subject;
    }

    private DataSubject findOrThrow(String username, String email) {
        if (!blank(email) && blank(username) && (!plausibleAddress(email) || access.isAccountsAddress(email))) {
            throw new org.jumelage.shared.NotFound("person", "(e-mail address)");
        }
        return access.subject(username, email)
                .orElseThrow(() -> new org.jumelage.shared.NotFound("person", "(as requested)"));
    }

    private static String fileName(DataSubject subject) {
        return "auskunft-" + (subject.hasAccount() ? "konto-" + subject.accountId() : "person");
    }

    private static boolean plausibleAddress(String email) {
        String text = email.strip();
        return text.length() <= 320 && text.matches("[^@\\s]+@[^@\\s]+");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
