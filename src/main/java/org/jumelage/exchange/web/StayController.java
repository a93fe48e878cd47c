package org.jumelage.exchange.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jumelage.documents.Downloads;
import org.jumelage.exchange.StayStatus;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    private final StayService stays;
    private final PlacementService placements;
    private final Names names;

    StayController(StayService stays, PlacementService placements, Names names) {
        this.stays = stays;
        this.placements = placements;
        this.names = names;
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
        names.addTo(model, locale);
        return "exchange/stay";
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) StayStatus status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "stay.saved",
                () -> stays.moveTo(
                        id,
                        version,
                        status,
                        reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000)));
    }

    @PostMapping("/{id}/schedule")
    String schedule(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String mentor,
            RedirectAttributes redirect) {
        return act(id, redirect, "stay.saved", () -> {
            if (mentor != null && mentor.length() > 200) {
                throw new RuleViolation("validation.tooLong");
            }
            stays.reschedule(id, version, startsOn, endsOn, mentor);
        });
    }

    @PostMapping("/{id}/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        return act(id, redirect, "stay.document.uploaded", () -> stays.upload(id, title, fileName, content));
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.attachment(stays.download(id, documentId).file());
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        stays.view(id);
        Outcome.flash(redirect, success, "stay.error.conflict", action);
        return "redirect:/office/exchange/stays/" + id;
    }
}
