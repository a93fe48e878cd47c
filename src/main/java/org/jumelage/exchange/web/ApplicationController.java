package org.jumelage.exchange.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.StayService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** An employee's applications: the open calls they may apply to, their applications, and an application's page. */
@Controller
@RequestMapping("/office/exchange/applications")
class ApplicationController {

    private final ApplicationService applications;
    private final CallService calls;
    private final PlacementService placements;
    private final StayService stays;
    private final Names names;
    private final org.jumelage.exchange.domain.AllocationService allocations;
    private final org.jumelage.exchange.domain.AllocationOffers offers;
    private final java.time.Clock clock;

    ApplicationController(
            ApplicationService applications,
            CallService calls,
            PlacementService placements,
            StayService stays,
            Names names,
            org.jumelage.exchange.domain.AllocationService allocations,
            org.jumelage.exchange.domain.AllocationOffers offers,
            java.time.Clock clock) {
        this.allocations = allocations;
        this.offers = offers;
        this.clock = clock;
        this.applications = applications;
        this.calls = calls;
        this.placements = placements;
        this.stays = stays;
        this.names = names;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        List<Application> mine = applications.mine();
        model.addAttribute("applications", mine);
        model.addAttribute("openCalls", applications.openCallsFor(mine));
        model.addAttribute("callTitles", callTitles(locale));
        return "exchange/applications";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Application application = applications.view(id);
        Call call = calls.get(application.getCallId());
        model.addAttribute("app", application);
        model.addAttribute("call", call);
        model.addAttribute("open", calls.isOpen(call));
        model.addAttribute("isApplicant", applications.isApplicant(application));
        model.addAttribute("step", applications.stepFor(application).orElse(null));
        model.addAttribute("supervisorName", names.person(application.getSupervisorId()));
        model.addAttribute(
                "choices",
                application.getChoices().stream()
                        .map(placementsById(application.getCallId())::get)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("stay", stays.ofApplication(id).orElse(null));
        model.addAttribute("mayPlace", applications.mayPlace(application));
        var entry = allocations.publishedEntryOf(application).orElse(null);
        List<org.jumelage.exchange.domain.Offer> offered = offers.ofApplication(id);
        model.addAttribute("allocationEntry", entry);
        model.addAttribute("offers", offered);
        model.addAttribute("now", clock.instant());
        if (entry != null || !offered.isEmpty()) {
            java.util.Set<Long> named = new java.util.HashSet<>(application.getChoices());
            offered.forEach(o -> named.add(o.getPlacementId()));
            model.addAttribute("allocationPlacements", allocations.placementsById(named));
        }
        names.addTo(model, locale);
        return "exchange/application";
    }

    /** The applicant accepts or declines a freed place offered to them. */
    @org.springframework.web.bind.annotation.PostMapping("/{id}/offers/{offerId}")
    String answerOffer(
            @PathVariable long id,
            @PathVariable long offerId,
            @org.springframework.web.bind.annotation.RequestParam long version,
            @org.springframework.web.bind.annotation.RequestParam String answer,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (!"accept".equals(answer) && !"decline".equals(answer)) {
            org.jumelage.shared.Submission.failure(redirect, "offer.error.answer");
            return "redirect:/office/exchange/applications/" + id;
        }
        boolean accept = "accept".equals(answer);
        org.jumelage.shared.Submission.flash(
                redirect,
                accept ? "offer.accepted" : "offer.declined",
                "offer.error.conflict",
                () -> offers.answer(id, offerId, version, accept));
        return "redirect:/office/exchange/applications/" + id;
    }

    private Map<Long, Placement> placementsById(long callId) {
        return placements.visible(callId).stream().collect(Collectors.toMap(Placement::getId, Function.identity()));
    }

    private Map<Long, String> callTitles(Locale locale) {
        return calls.all().stream().collect(Collectors.toMap(Call::getId, c -> c.title(locale)));
    }
}
