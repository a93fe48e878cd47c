package org.jumelage.exchange.web;

import java.util.ArrayList;
import java.util.List;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff exchange's entry: each role starts where its work is, and sees the sections it may use. */
@Controller
class ExchangeHomeController {

    /** A section of the staff exchange in its sub-navigation. */
    record Tab(String path, String label) {}

    @GetMapping("/office/exchange")
    String home() {
        return "redirect:" + tabs(role()).getFirst().path();
    }

    static Role role() {
        return JumelageUser.current().map(JumelageUser::role).orElse(Role.VIEWER);
    }

    static List<Tab> tabs(Role role) {
        List<Tab> tabs = new ArrayList<>();
        switch (role) {
            case STAFF, HR -> {
                tabs.add(new Tab("/office/exchange/applications", "exchange.tab.applications"));
                tabs.add(new Tab("/office/exchange/approvals", "exchange.tab.approvals"));
                tabs.add(new Tab("/office/exchange/placements", "exchange.tab.placements"));
                if (role == Role.HR) {
                    tabs.addFirst(tabs.remove(1));
                }
            }
            case PARTNER_COORDINATOR -> {
                tabs.add(new Tab("/office/exchange/placements", "exchange.tab.placements"));
                tabs.add(new Tab("/office/exchange/nominations", "exchange.tab.nominations"));
                tabs.add(new Tab("/office/exchange/stays", "exchange.tab.stays"));
            }
            case ADMIN, EDITOR, VIEWER -> {
                tabs.add(new Tab("/office/exchange/programmes", "exchange.tab.programmes"));
                tabs.add(new Tab("/office/exchange/calls", "exchange.tab.calls"));
                tabs.add(new Tab("/office/exchange/placements", "exchange.tab.placements"));
                tabs.add(new Tab("/office/exchange/applications", "exchange.tab.applications"));
                tabs.add(new Tab("/office/exchange/approvals", "exchange.tab.approvals"));
                tabs.add(new Tab("/office/exchange/nominations", "exchange.tab.nominations"));
                tabs.add(new Tab("/office/exchange/stays", "exchange.tab.stays"));
            }
        }
        return tabs;
    }

    /** Gives every page of the exchange its sub-navigation. */
    @ControllerAdvice(basePackageClasses = ExchangeHomeController.class)
    static class Tabs {

        @ModelAttribute("exchangeTabs")
        List<Tab> exchangeTabs() {
            return JumelageUser.current().isPresent() ? tabs(role()) : List.of();
        }
    }
}
