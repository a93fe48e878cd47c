package org.jumelage.activities.web;

import jakarta.validation.Valid;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An activity's outcome and the lessons learned from it, on a page of its own. */
@Controller
@RequestMapping("/office/activities/{id}/outcome")
class OutcomeController {

    private final ActivityService activities;
    private final ActivityPage page;

    OutcomeController(ActivityService activities, ActivityPage page) {
        this.activities = activities;
        this.page = page;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        Activity activity = page.editable(id);
        model.addAttribute("form", OutcomeForm.of(activity));
        return show(model, activity);
    }

    @PostMapping
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OutcomeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Activity activity = page.editable(id);
        boolean saved = Submission.save(
                errors, ActivityPage.CONFLICT, () -> activities.recordOutcome(id, form.version(), form.outcome()));
        if (!saved) {
            return show(model, activity);
        }
        return ActivityPage.saved(redirect, id, "outcome", "activity.outcomeSaved");
    }

    private String show(Model model, Activity activity) {
        model.addAttribute("activity", activity);
        model.addAttribute("ratings", LessonRating.values());
        return "activities/outcome";
    }
}
