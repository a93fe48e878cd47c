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

/** An activity's follow-up tasks: added, marked done and opened again. */
@Controller
@RequestMapping("/office/activities/{id}/tasks")
class TaskController {

    private final ActivityService activities;
    private final ActivityPage page;

    TaskController(ActivityService activities, ActivityPage page) {
        this.activities = activities;
        this.page = page;
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Activity activity = page.editable(id);
        boolean saved = Submission.save(
                errors,
                ActivityPage.CONFLICT,
                () -> activities.addTask(id, form.version(), form.title(), form.owner(), form.due()));
        if (!saved) {
            return page.show(model, activity, locale, "tasks");
        }
        return ActivityPage.saved(redirect, id, "tasks", "activity.taskAdded");
    }

    @PostMapping("/{taskId}/done")
    String done(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestParam(defaultValue = "true") boolean done,
            RedirectAttributes redirect) {
        return ActivityPage.button(
                redirect, id, "tasks", "activity.taskChanged", () -> activities.setTaskDone(id, version, taskId, done));
    }
}
