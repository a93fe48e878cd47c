package org.jumelage.exchange.web;

import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.people.StaffPicker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The application form's supervisor picker: its choices as the applicant types (htmx, {@link StaffPicker}). */
@Controller
class SupervisorOptionsController {

    private final ApplicationService applications;
    private final StaffPicker staffPicker;

    SupervisorOptionsController(ApplicationService applications, StaffPicker staffPicker) {
        this.applications = applications;
        this.staffPicker = staffPicker;
    }

    @GetMapping("/office/exchange/applications/supervisor-options")
    String supervisorOptions(@RequestParam(name = "staffQuery", defaultValue = "") String text, Model model) {
        applications.requireApplicant();
        return staffPicker.options(
                model,
                applications.supervisorsMatching(text, StaffPicker.SHOWN + 1),
                text,
                "application.noSupervisor",
                "staff-status");
    }
}
