package org.jumelage.partners.web;

import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.shared.Submission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every part of a relationship (status, instruments, focus areas, units, contacts) shares: who may open its
 * page, the page itself ({@code partners/part.html}, one form at a time) and where a saved change returns to.
 */
@Component
class RelationshipPartPage {

    static final String CONFLICT = "partnership.error.conflictPart";

    private final RegistryService registry;

    RelationshipPartPage(RegistryService registry) {
        this.registry = registry;
    }

    /** The relationship, if the signed-in person may change it; else access is denied. */
    Relationship editable(long id) {
        Relationship relationship = registry.get(id);
        if (!registry.mayEdit(relationship)) {
            throw new AccessDeniedException("may not edit relationship " + id);
        }
        return relationship;
    }

    /**
     * The part's page with {@code form}; a form bound from a request (with its errors and every typed value) stays
     * in the model as it is.
     */
    String show(Model model, Relationship relationship, String part, Object form) {
        model.addAttribute("relationship", relationship);
        model.addAttribute("city", relationship.getCity());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("part", part);
        return "partners/part";
    }

    /** After a saved form: the relationship's page with {@code successKey} as its message. */
    static String saved(RedirectAttributes redirect, long id, String successKey) {
        redirect.addFlashAttribute("success", successKey);
        return backTo(id);
    }

    /** A button on the relationship's page (remove, attach): its result is that page's message. */
    static String button(RedirectAttributes redirect, long id, String successKey, Runnable change) {
        Submission.flash(redirect, successKey, CONFLICT, change);
        return backTo(id);
    }

    private static String backTo(long id) {
        return "redirect:/office/partnerships/" + id;
    }
}
