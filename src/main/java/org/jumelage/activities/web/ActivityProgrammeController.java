package org.jumelage.activities.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
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

/** An activity's programme: items by day and time, added and removed on the activity's page. */
@Controller
@RequestMapping("/office/activities/{id}/programme")
class ActivityProgrammeController {

    private final ActivityService activities;
    private final ActivityPage page;

    ActivityProgrammeController(ActivityService activities, ActivityPage page) {
        this.activities = activities;
        this.page = page;
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("programmeForm") ProgrammeItemForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Activity activity = page.editable(id);
        boolean saved = Submission.save(
                errors,
                ActivityPage.CONFLICT,
                () -> activities.addProgrammeItem(
                        id,
                        form.version(),
                        form.day(),
                        form.start(),
                        form.end(),
                        form.title(),
                        form.venue(),
                        form.responsible()));
        if (!saved) {
            return page.show(model, activity, locale, "programme");
        }
        return ActivityPage.saved(redirect, id, "programme", "activity.programmeAdded");
    }

    @PostMapping("/{itemId}/remove")
    String remove(
            @PathVariable long id, @PathVariable long itemId, @RequestParam long version, RedirectAttributes redirect) {
        return ActivityPage.button(
                redirect,
                id,
                "programme",
                "activity.programmeRemoved",
                () -> activities.removeProgrammeItem(id, version, itemId));
    }
}
