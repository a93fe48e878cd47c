package org.jumelage.exchange.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What waits for the person: releases as supervisor, checks as HR, shortlisting as the office. */
@Controller
class ApprovalController {

    private final ApplicationService applications;
    private final CallService calls;
    private final Names names;

    ApprovalController(ApplicationService applications, CallService calls, Names names) {
        this.applications = applications;
        this.calls = calls;
        this.names = names;
    }

    @GetMapping("/office/exchange/approvals")
    String approvals(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        // awaitingMe keeps exactly the applications whose waiting step is the person's (the rules of stepFor), so
        // each one's step is the one its status waits for; stepFor per row would look up the person per row.
        var waiting = applications.awaitingMe(page);
        model.addAttribute("page", waiting);
        model.addAttribute(
                "waiting",
                waiting.getContent().stream()
                        .map(a -> new CallDashboardRows.Waiting(
                                a, ApplicationService.Step.of(a.getStatus()).orElseThrow()))
                        .toList());
        model.addAttribute(
                "callTitles", calls.all().stream().collect(Collectors.toMap(Call::getId, c -> c.title(locale))));
        names.addTo(model, locale);
        return "exchange/approvals";
    }
}
