package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.jumelage.documents.Downloads;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.shared.Submission;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stays: the list the person may see, a stay's page with its course, dates, mentor and documents. */
@Controller
@RequestMapping("/office/exchange/stays")
class StayController {

    private static final String CONFLICT = "stay.error.conflict";

    private final StayService stays;
    private final PlacementService placements;
    private final Names names;
    private final org.jumelage.exchange.domain.AgreementService agreements;
    private final org.jumelage.exchange.domain.StayPapers papers;

    StayController(
            StayService stays,
            PlacementService placements,
            Names names,
            org.jumelage.exchange.domain.AgreementService agreements,
            org.jumelage.exchange.domain.StayPapers papers) {
        this.papers = papers;
        this.stays = stays;
        this.placements = placements;
        this.names = names;
        this.agreements = agreements;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("stays", stays.visible());
        names.addTo(model, locale);
        return "exchange/stays";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Stay stay = stays.view(id);
        model.addAttribute("stay", stay);
        model.addAttribute("placement", placements.view(stay.getPlacementId()));
        model.addAttribute("documents", stays.documents(id));
        model.addAttribute("mayManage", stays.mayManage());
        model.addAttribute("mayAddDocuments", stays.mayAddDocuments(stay));
        model.addAttribute(
                "nextStatuses", stay.getStatus().next().stream().sorted().toList());
        model.addAttribute("agreement", agreements.of(id).orElse(null));
        model.addAttribute("agreementVersions", agreements.versions(id));
        model.addAttribute("parties", agreements.partiesOf(stay));
        model.addAttribute("mayWriteAgreement", agreements.mayWrite(stay));
        var certificate = papers.certificateOf(id).orElse(null);
        model.addAttribute("certificate", certificate);
        model.addAttribute("mayIssue", certificate == null && papers.mayIssue(stay));
        model.addAttribute("paperLanguages", org.jumelage.exchange.domain.StayPapers.LANGUAGES);
        names.addTo(model, locale);
        return "exchange/stay";
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StayStatusForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(
                errors,
                redirect,
                "stay.saved",
                CONFLICT,
                () -> stays.moveTo(id, form.version(), form.status(), form.reason()));
        return backTo(id);
    }

    @PostMapping("/{id}/schedule")
    String schedule(
            @PathVariable long id,
            @Valid @ModelAttribute("scheduleForm") StayScheduleForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(
                errors,
                redirect,
                "stay.saved",
                CONFLICT,
                () -> stays.reschedule(id, form.version(), form.startsOn(), form.endsOn(), form.mentor()));
        return backTo(id);
    }

    @PostMapping("/{id}/documents")
    String upload(
            @PathVariable long id,
            @Valid @ModelAttribute("documentForm") StayDocumentForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        stays.view(id);
        byte[] content = file == null ? null : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        Submission.flash(
                errors,
                redirect,
                "stay.document.uploaded",
                CONFLICT,
                () -> stays.upload(id, form.title(), fileName, content));
        return backTo(id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.attachment(stays.download(id, documentId).file());
    }

    private static String backTo(long id) {
        return "redirect:/office/exchange/stays/" + id;
    }
}
