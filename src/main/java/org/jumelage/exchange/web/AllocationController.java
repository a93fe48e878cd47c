package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.exchange.Criterion;
import org.jumelage.exchange.domain.Allocation;
import org.jumelage.exchange.domain.AllocationEntry;
import org.jumelage.exchange.domain.AllocationService;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.ScoringService;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.Submission;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's allocation of a call: the published rubric, the scoring of the shortlist, the proposal with its entries,
 * an entry's page with its override, and publication; and the scorecard of one application.
 */
@Controller
class AllocationController {

    private static final String CONFLICT = "allocation.error.conflict";

    private final AllocationService allocations;
    private final ScoringService scoring;
    private final CallService calls;
    private final ApplicationService applications;
    private final Names names;

    AllocationController(
            AllocationService allocations,
            ScoringService scoring,
            CallService calls,
            ApplicationService applications,
            Names names) {
        this.allocations = allocations;
        this.scoring = scoring;
        this.calls = calls;
        this.applications = applications;
        this.names = names;
    }

    @GetMapping("/office/exchange/calls/{id}/allocation")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int shortlist,
            Model model,
            Locale locale) {
        Call call = calls.get(id);
        Page<org.jumelage.exchange.domain.ApplicantRow> shortlisted = scoring.shortlisted(id, shortlist);
        model.addAttribute("call", call);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("scoringBegun", scoring.scoringBegun(id));
        model.addAttribute("shortlisted", shortlisted);
        model.addAttribute("scores", scoring.scoresOf(shortlisted.getContent()));
        model.addAttribute("unscored", allocations.unscored(call));
        model.addAttribute("open", calls.isOpen(call));
        Allocation allocation = allocations.of(id).orElse(null);
        model.addAttribute("allocation", allocation);
        if (allocation != null) {
            Page<AllocationEntry> entries = allocations.entries(allocation.getId(), page);
            model.addAttribute("entries", entries);
            model.addAttribute("entryApplications", allocations.applicationsOf(entries.getContent()));
            model.addAttribute("stale", allocations.isStale(allocation));
            model.addAttribute("placements", allocations.placementsOf(entries.getContent()));
        }
        if (!model.containsAttribute("rubricForm")) {
            Map<Criterion, Integer> w = call.getWeights();
            model.addAttribute(
                    "rubricForm",
                    new RubricForm(
                            w.get(Criterion.MOTIVATION),
                            w.get(Criterion.OBJECTIVES),
                            w.get(Criterion.LANGUAGES),
                            w.get(Criterion.FIRST_PARTICIPATION),
                            w.get(Criterion.TRANSFER),
                            call.isDoubleScoring(),
                            call.getVersion()));
        }
        names.addTo(model, locale);
        return "exchange/allocation";
    }

    @PostMapping("/office/exchange/calls/{id}/allocation/rubric")
    String rubric(
            @PathVariable long id,
            @Valid @ModelAttribute("rubricForm") RubricForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Submission.flash(
                errors,
                redirect,
                "rubric.saved",
                CONFLICT,
                () -> scoring.publishRubric(
                        id, form.version(), form.weights(), Boolean.TRUE.equals(form.doubleScoring())));
        return back(id);
    }

    @PostMapping("/office/exchange/calls/{id}/allocation/propose")
    String propose(@PathVariable long id, RedirectAttributes redirect) {
        Submission.flash(redirect, "allocation.proposed", CONFLICT, () -> allocations.propose(id));
        return back(id);
    }

    @PostMapping("/office/exchange/calls/{id}/allocation/publish")
    String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Submission.flash(redirect, "allocation.published", CONFLICT, () -> allocations.publish(id, version));
        return back(id);
    }

    @GetMapping("/office/exchange/calls/{id}/allocation/entries/{entryId}")
    String entry(@PathVariable long id, @PathVariable long entryId, Model model, Locale locale) {
        Allocation allocation = allocations.of(id).orElseThrow(() -> new NotFound("allocation", id));
        AllocationEntry entry = allocations.entry(allocation, entryId);
        model.addAttribute("call", calls.get(id));
        model.addAttribute("allocation", allocation);
        model.addAttribute("entry", entry);
        model.addAttribute("app", allocations.applicationsOf(List.of(entry)).get(entry.getApplicationId()));
        model.addAttribute("placements", allocations.placementsOf(List.of(entry)));
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", new OverrideForm(entry.getPlacementId(), null, entry.getVersion()));
        }
        names.addTo(model, locale);
        return "exchange/allocation-entry";
    }

    @PostMapping("/office/exchange/calls/{id}/allocation/entries/{entryId}")
    String override(
            @PathVariable long id,
            @PathVariable long entryId,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        boolean changed = Submission.flash(
                errors,
                redirect,
                "allocation.overridden",
                CONFLICT,
                () -> allocations.override(id, entryId, form.version(), form.placementId(), form.reason()));
        return changed ? back(id) : "redirect:/office/exchange/calls/" + id + "/allocation/entries/" + entryId;
    }

    @GetMapping("/office/exchange/applications/{id}/score")
    String scorecard(@PathVariable long id, Model model, Locale locale) {
        Application application = applications.view(id);
        if (!scoring.mayScore(application)) {
            throw new AccessDeniedException("may not score application " + id);
        }
        model.addAttribute("app", application);
        model.addAttribute("call", calls.get(application.getCallId()));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("cards", scoring.scorecards(id));
        model.addAttribute("placements", allocations.placementsById(application.getChoices()));
        if (!model.containsAttribute("scoreForm")) {
            model.addAttribute(
                    "scoreForm",
                    scoring.mine(id)
                            .map(ScoreForm::of)
                            .orElse(new ScoreForm(null, null, null, null, null, null, null)));
        }
        names.addTo(model, locale);
        return "exchange/score";
    }

    @PostMapping("/office/exchange/applications/{id}/score")
    String score(
            @PathVariable long id,
            @Valid @ModelAttribute("scoreForm") ScoreForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Application application = applications.view(id);
        if (Submission.save(errors, CONFLICT, () -> scoring.score(id, form.version(), form.marks(), form.comment()))) {
            redirect.addFlashAttribute("success", "score.saved");
            return back(application.getCallId());
        }
        return scorecard(id, model, locale);
    }

    private static String back(long callId) {
        return "redirect:/office/exchange/calls/" + callId + "/allocation";
    }
}
