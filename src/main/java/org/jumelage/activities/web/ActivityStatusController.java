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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An activity's status: planned, confirmed, held, or cancelled with a reason. */
@Controller
class ActivityStatusController {

    private final ActivityService activities;
    private final ActivityPage page;

    ActivityStatusController(ActivityService activities, ActivityPage page) {
        this.activities = activities;
        this.page = page;
    }

    @PostMapping("/office/activities/{id}/status")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") ActivityStatusForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Activity activity = page.editable(id);
        boolean saved = Submission.save(
                errors,
                ActivityPage.CONFLICT,
                () -> activities.changeStatus(id, form.version(), form.status(), form.reason()));
        if (!saved) {
            return page.show(model, activity, locale, "status");
        }
        return ActivityPage.saved(redirect, id, "main", "activity.statusChanged");
    }
}
