package org.jumelage.activities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.Outcome;
import org.jumelage.activities.domain.ParticipantDetails;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts of an activity, each changed from the detail page: programme items, participants, follow-up tasks; and
 * the outcome with its lessons on a page of its own. Each change names the version the person saw.
 */
@Controller
@RequestMapping("/office/activities/{id}")
class ActivityPartsController {

    private final ActivityService activities;
    private final Choices choices;

    ActivityPartsController(ActivityService activities, Choices choices) {
        this.activities = activities;
        this.choices = choices;
    }

    @PostMapping("/programme")
    String addProgrammeItem(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String venue,
            @RequestParam(required = false) String responsible,
            RedirectAttributes redirect) {
        if (day == null || blank(title)) {
            return failed(redirect, id, "activity.error.programmeItem", "programme");
        }
        if (tooLong(250, title) || tooLong(300, venue) || tooLong(200, responsible)) {
            return failed(redirect, id, "validation.tooLong", "programme");
        }
        return change(
                id,
                redirect,
                "activity.programmeAdded",
                "programme",
                () -> activities.addProgrammeItem(id, version, day, start, end, title.strip(), venue, responsible));
    }

    @PostMapping("/programme/{itemId}/remove")
    String removeProgrammeItem(
            @PathVariable long id, @PathVariable long itemId, @RequestParam long version, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "activity.programmeRemoved",
                "programme",
                () -> activities.removeProgrammeItem(id, version, itemId));
    }

    @PostMapping("/participants")
    String addParticipant(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String nameOriginal,
            @RequestParam(required = false) String nameOriginalLang,
            @RequestParam(required = false) String functionTitle,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) ParticipantRole role,
            @RequestParam(required = false) String needs,
            RedirectAttributes redirect) {
        if (role == null || (accountId == null && blank(displayName))) {
            return failed(redirect, id, "activity.error.participant", "participants");
        }
        if (tooLong(200, displayName, nameOriginal, functionTitle)
                || tooLong(250, organisation, email)
                || tooLong(20, nameOriginalLang)
                || tooLong(1000, needs)) {
            return failed(redirect, id, "validation.tooLong", "participants");
        }
        if (!blank(email) && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return failed(redirect, id, "activity.error.email", "participants");
        }
        if (!blank(nameOriginalLang) && !nameOriginalLang.strip().matches("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return failed(redirect, id, "activity.error.language", "participants");
        }
        ParticipantDetails details = new ParticipantDetails(
                accountId,
                displayName,
                nameOriginal,
                blank(nameOriginalLang) ? null : nameOriginalLang.strip(),
                functionTitle,
                organisation,
                email,
                role,
                needs);
        return change(
                id,
                redirect,
                "activity.participantAdded",
                "participants",
                () -> activities.addParticipant(id, version, details));
    }

    @PostMapping("/participants/{participantId}/remove")
    String removeParticipant(
            @PathVariable long id,
            @PathVariable long participantId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "activity.participantRemoved",
                "participants",
                () -> activities.removeParticipant(id, version, participantId));
    }

    @PostMapping("/tasks")
    String addTask(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            RedirectAttributes redirect) {
        if (blank(title)) {
            return failed(redirect, id, "activity.error.task", "tasks");
        }
        if (tooLong(500, title) || tooLong(200, owner)) {
            return failed(redirect, id, "validation.tooLong", "tasks");
        }
        return change(
                id,
                redirect,
                "activity.taskAdded",
                "tasks",
                () -> activities.addTask(id, version, title.strip(), owner, due));
    }

    @PostMapping("/tasks/{taskId}/done")
    String taskDone(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestParam(defaultValue = "true") boolean done,
            RedirectAttributes redirect) {
        return change(
                id, redirect, "activity.taskChanged", "tasks", () -> activities.setTaskDone(id, version, taskId, done));
    }

    @GetMapping("/outcome")
    String outcomeForm(@PathVariable long id, Model model, Locale locale) {
        Activity activity = activities.get(id);
        if (!activities.mayEdit(activity)) {
            throw new AccessDeniedException("may not edit");
        }
        model.addAttribute("activity", activity);
        model.addAttribute("ratings", LessonRating.values());
        return "activities/outcome";
    }

    @PostMapping("/outcome")
    String recordOutcome(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String results,
            @RequestParam(required = false) String worked,
            @RequestParam(required = false) String didNotWork,
            @RequestParam(required = false) String recommendation,
            @RequestParam(required = false) LessonRating rating,
            RedirectAttributes redirect) {
        for (String text : new String[] {summary, results, worked, didNotWork, recommendation}) {
            if (text != null && text.length() > 4000) {
                return failed(redirect, id, "validation.tooLong", "outcome");
            }
        }
        return change(
                id,
                redirect,
                "activity.outcomeSaved",
                "outcome",
                () -> activities.recordOutcome(
                        id, version, new Outcome(summary, results, worked, didNotWork, recommendation, rating)));
    }

    private String change(long id, RedirectAttributes redirect, String success, String anchor, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (EditConflict | ObjectOptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("failure", "activity.error.changedMeanwhile");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArguments", violation.arguments());
        }
        return "redirect:/office/activities/" + id + "#" + anchor;
    }

    private static String failed(RedirectAttributes redirect, long id, String message, String anchor) {
        redirect.addFlashAttribute("failure", message);
        return "redirect:/office/activities/" + id + "#" + anchor;
    }

    /** Whether any of the texts exceeds the column it goes into: refused with a message, never a database error. */
    static boolean tooLong(int max, String... values) {
        for (String value : values) {
            if (value != null && value.length() > max) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
