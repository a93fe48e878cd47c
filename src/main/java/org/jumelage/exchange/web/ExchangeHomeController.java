package org.jumelage.exchange.web;

import java.util.ArrayList;
import java.util.List;
import org.jumelage.exchange.domain.ApplicationService;
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

    private final org.springframework.beans.factory.ObjectProvider<ApplicationService> applications;

    ExchangeHomeController(org.springframework.beans.factory.ObjectProvider<ApplicationService> applications) {
        this.applications = applications;
    }

    @GetMapping("/office/exchange")
    String home() {
        Role role = role();
        return "redirect:"
                + tabs(role, role == Role.STAFF && supervises(applications))
                        .getFirst()
                        .path();
    }

    /** A member of staff decides on applications only where someone named them supervisor. */
    static boolean supervises(org.springframework.beans.factory.ObjectProvider<ApplicationService> applications) {
        ApplicationService service = applications.getIfAvailable();
        return service != null && service.isSupervisor();
    }

    static Role role() {
        return JumelageUser.current().map(JumelageUser::role).orElse(Role.VIEWER);
    }

    static List<Tab> tabs(Role role, boolean supervises) {
        List<Tab> tabs = new ArrayList<>();
        switch (role) {
            case STAFF, HR -> {
                tabs.add(new Tab("/office/exchange/applications", "exchange.tab.applications"));
                if (role == Role.HR || supervises) {
                    tabs.add(new Tab("/office/exchange/approvals", "exchange.tab.approvals"));
                }
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
                if (role == Role.ADMIN) {
                    tabs.add(new Tab("/office/exchange/quotas", "exchange.tab.quotas"));
                    tabs.add(new Tab("/office/exchange/budget", "exchange.tab.budget"));
                }
            }
        }
        // Anyone may be asked to evaluate a stay: as its participant, the participant's supervisor or its host.
        tabs.add(new Tab("/office/exchange/evaluations", "exchange.tab.evaluations"));
        return tabs;
    }

    /** Gives every page of the exchange its sub-navigation. */
    @ControllerAdvice(basePackageClasses = ExchangeHomeController.class)
    static class Tabs {

        private final org.springframework.beans.factory.ObjectProvider<ApplicationService> applications;

        Tabs(org.springframework.beans.factory.ObjectProvider<ApplicationService> applications) {
            this.applications = applications;
        }

        @ModelAttribute("exchangeTabs")
        List<Tab> exchangeTabs() {
            if (JumelageUser.current().isEmpty()) {
                return List.of();
            }
            Role role = role();
            // Only staff need the look-up; everyone else's tabs follow from the role.
            return tabs(role, role == Role.STAFF && supervises(applications));
        }
    }
}
