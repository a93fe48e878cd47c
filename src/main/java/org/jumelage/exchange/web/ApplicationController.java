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

    ApplicationController(
            ApplicationService applications,
            CallService calls,
            PlacementService placements,
            StayService stays,
            Names names) {
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
        names.addTo(model, locale);
        return "exchange/application";
    }

    private Map<Long, Placement> placementsById(long callId) {
        return placements.visible(callId).stream().collect(Collectors.toMap(Placement::getId, Function.identity()));
    }

    private Map<Long, String> callTitles(Locale locale) {
        return calls.all().stream().collect(Collectors.toMap(Call::getId, c -> c.title(locale)));
    }
}
