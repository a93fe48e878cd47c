package org.jumelage.activities.web;

import java.util.Locale;
import org.jumelage.activities.DocumentKind;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityDocuments;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.shared.Submission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An activity's page and what its parts (status, programme, participants, tasks, documents) share: who may change
 * them, the page with one form per part, and where a change returns to. A part's form that was refused comes back
 * on this page, open, with what was typed and the version the person loaded; the other forms start empty.
 */
@Component
class ActivityPage {

    /** A button pressed on a page someone else changed meanwhile: the page it returns to shows the current state. */
    static final String CHANGED = "activity.error.changedMeanwhile";

    /** A form refused because someone else changed the activity: it stays as typed, nothing was saved. */
    static final String CONFLICT = "activity.error.conflictPart";

    private final ActivityService activities;
    private final ActivityDocuments documents;
    private final Choices choices;
    private final org.jumelage.people.StaffDirectory staff;

    ActivityPage(
            ActivityService activities,
            ActivityDocuments documents,
            Choices choices,
            org.jumelage.people.StaffDirectory staff) {
        this.staff = staff;
        this.activities = activities;
        this.documents = documents;
        this.choices = choices;
    }

    /** The activity, if the signed-in person may change it; else access is denied. */
    Activity editable(long id) {
        Activity activity = activities.get(id);
        if (!activities.mayEdit(activity)) {
            throw new AccessDeniedException("may not edit activity " + id);
        }
        return activity;
    }

    /**
     * The activity's page. {@code openPart} names the part whose form (bound from the request, with its errors) is
     * shown open; {@code null} for a plain visit.
     */
    String show(Model model, Activity activity, Locale locale, String openPart) {
        model.addAttribute("activity", activity);
        model.addAttribute("mayEdit", activities.mayEdit(activity));
        model.addAttribute("documents", documents.versions(activity.getId()));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("maxDocumentSize", documents.maxSize().toMegabytes());
        choices.names(model, locale);
        choices.forDetail(model);
        long version = activity.getVersion();
        model.addAttribute("openPart", openPart);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", ActivityStatusForm.empty(version));
        }
        if (!model.containsAttribute("programmeForm")) {
            model.addAttribute("programmeForm", ProgrammeItemForm.empty(version));
        }
        // The member of staff a participant form re-shown after an error had chosen: the picker offers them again.
        Object participantForm = model.getAttribute("participantForm");
        model.addAttribute(
                "participantMember",
                participantForm instanceof ParticipantForm form && form.accountId() != null
                        ? staff.staffMember(form.accountId()).orElse(null)
                        : null);
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", DocumentForm.empty(version));
        }
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", ParticipantForm.empty(version));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", TaskForm.empty(version));
        }
        return "activities/detail";
    }

    /** After a saved form: the activity's page at the part, with {@code successKey} as its message. */
    static String saved(RedirectAttributes redirect, long id, String part, String successKey) {
        redirect.addFlashAttribute("success", successKey);
        return backTo(id, part);
    }

    /** A button at a part of the activity's page (remove, mark done): its result is that page's message. */
    static String button(RedirectAttributes redirect, long id, String part, String successKey, Runnable change) {
        Submission.flash(redirect, successKey, CHANGED, change);
        return backTo(id, part);
    }

    private static String backTo(long id, String part) {
        return "redirect:/office/activities/" + id + "#" + part;
    }
}
