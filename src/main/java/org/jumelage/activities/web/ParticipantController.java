package org.jumelage.activities.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.people.StaffPicker;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An activity's participants: staff by account or external people by name, each with a role and needs. */
@Controller
@RequestMapping("/office/activities/{id}/participants")
class ParticipantController {

    private final ActivityService activities;
    private final ActivityPage page;
    private final StaffPicker staffPicker;

    ParticipantController(ActivityService activities, ActivityPage page, StaffPicker staffPicker) {
        this.activities = activities;
        this.page = page;
        this.staffPicker = staffPicker;
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("participantForm") ParticipantForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Activity activity = page.editable(id);
        boolean saved = Submission.save(
                errors, ActivityPage.CONFLICT, () -> activities.addParticipant(id, form.version(), form.details()));
        if (!saved) {
            return page.show(model, activity, locale, "participants");
        }
        return ActivityPage.saved(redirect, id, "participants", "activity.participantAdded");
    }

    /**
     * The staff picker's choices as someone types (htmx): at most {@link StaffPicker#SHOWN} members of staff whose name,
     * user name or e-mail address contains the text.
     */
    @org.springframework.web.bind.annotation.GetMapping("/staff-options")
    String staffOptions(
            @PathVariable long id, @RequestParam(name = "staffQuery", defaultValue = "") String text, Model model) {
        page.editable(id);
        return staffPicker.options(model, text, java.util.Set.of(), "participant.external", "p-staff-status");
    }

    @PostMapping("/{participantId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long participantId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return ActivityPage.button(
                redirect,
                id,
                "participants",
                "activity.participantRemoved",
                () -> activities.removeParticipant(id, version, participantId));
    }
}
