package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationService;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.IncompleteApplication;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application form: started for an open call, saved as a draft or submitted, and changed while it is a draft.
 * What a submission misses comes back on the form; the decisions on it are {@link ApplicationDecisionController}'s.
 */
@Controller
@RequestMapping("/office/exchange/applications")
class ApplicationFormController {

    private final ApplicationService applications;
    private final CallService calls;
    private final PlacementService placements;
    private final Names names;

    ApplicationFormController(
            ApplicationService applications, CallService calls, PlacementService placements, Names names) {
        this.applications = applications;
        this.calls = calls;
        this.placements = placements;
        this.names = names;
    }

    @GetMapping("/new")
    String newForm(@RequestParam("call") long callId, Model model, Locale locale, RedirectAttributes redirect) {
        Call call = calls.get(callId);
        if (!applications.mayApply(call)) {
            throw new AccessDeniedException("may not apply to call " + callId);
        }
        if (applications.openToMe().stream().noneMatch(c -> c.getId().equals(call.getId()))) {
            // Closed, or the person has applied already: say so before they fill in the form.
            redirect.addFlashAttribute(
                    "failure", calls.isOpen(call) ? "application.error.exists" : "application.error.callClosed");
            return "redirect:/office/exchange/applications";
        }
        model.addAttribute(
                "form",
                ApplicationForm.empty(applications.homeUnits(call).stream()
                        .map(u -> u.id())
                        .filter(id -> id.equals(org.jumelage.people.JumelageUser.current()
                                .flatMap(u -> u.unitId())
                                .orElse(null)))
                        .findFirst()
                        .orElse(null)));
        return form(model, call, null, locale);
    }

    @PostMapping("/new")
    String create(
            @RequestParam("call") long callId,
            @RequestParam(name = "action", defaultValue = "draft") String action,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Call call = calls.get(callId);
        // The right before the form: someone who may not apply learns that, not what the form lacks.
        if (!applications.mayApply(call)) {
            throw new AccessDeniedException("may not apply to call " + callId);
        }
        errors = FormErrors.usable(errors, form, model);
        if (form != null) {
            form.check(errors);
        }
        // A second application to the same call, saved a moment earlier, is refused by the database's unique key.
        AtomicReference<Application> created = new AtomicReference<>();
        if (!Submission.save(
                errors, "application.error.exists", () -> created.set(applications.start(callId, form.details())))) {
            return form(model, call, null, locale);
        }
        if (!action.equals("submit")) {
            redirect.addFlashAttribute("success", "application.draftSaved");
            return "redirect:/office/exchange/applications/" + created.get().getId();
        }
        return submitted(created.get().getId(), created.get().getVersion(), model, locale, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Application application = own(id);
        model.addAttribute("form", ApplicationForm.of(application));
        return form(model, calls.get(application.getCallId()), application, locale);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(name = "action", defaultValue = "draft") String action,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Application application = own(id);
        Call call = calls.get(application.getCallId());
        errors = FormErrors.usable(errors, form, model);
        if (form != null) {
            form.check(errors);
        }
        if (form == null || form.version() == null) {
            errors.reject("validation.required");
        }
        // The form keeps the version the applicant loaded: after a conflict they reload, as the message says.
        if (!Submission.save(
                errors,
                "application.error.conflict",
                () -> applications.saveDraft(id, form.version(), form.details()))) {
            return form(model, call, application, locale);
        }
        if (!action.equals("submit")) {
            redirect.addFlashAttribute("success", "application.draftSaved");
            return "redirect:/office/exchange/applications/" + id;
        }
        return submitted(id, applications.view(id).getVersion(), model, locale, redirect);
    }

    @PostMapping("/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam long version,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return submitted(id, version, model, locale, redirect);
    }

    /** Submits; what is missing comes back on the form, a passed deadline or a conflict on the application's page. */
    private String submitted(long id, long version, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Submission.flash(
                    redirect,
                    "application.submitted",
                    "application.error.moved",
                    IncompleteApplication.class,
                    () -> applications.submit(id, version));
        } catch (IncompleteApplication incomplete) {
            // Not a message on the application's page: what is missing is marked on the form.
            Application application = applications.view(id);
            ApplicationForm form = ApplicationForm.of(application);
            BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
            errors.reject("application.error.incomplete");
            for (String field : incomplete.fields()) {
                errors.rejectValue(ApplicationForm.fieldFor(field), "application.error.required." + field);
            }
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return form(model, calls.get(application.getCallId()), application, locale);
        }
        return "redirect:/office/exchange/applications/" + id;
    }

    private Application own(long id) {
        Application application = applications.view(id);
        if (!applications.isApplicant(application)) {
            throw new org.jumelage.shared.NotFound("application", id);
        }
        return application;
    }

    private String form(Model model, Call call, Application application, Locale locale) {
        model.addAttribute("call", call);
        model.addAttribute("app", application);
        model.addAttribute("homeUnits", applications.homeUnitsForMe(call));
        // The supervisor chosen so far (in the form re-shown or the draft): the picker offers them again.
        Object form = model.getAttribute("form");
        Long chosen = form instanceof ApplicationForm typed ? typed.supervisorId() : null;
        model.addAttribute(
                "supervisorChosen",
                chosen == null ? null : applications.supervisor(chosen).orElse(null));
        model.addAttribute("levels", CefrLevel.values());
        model.addAttribute("languages", names.languages().in(locale));
        model.addAttribute(
                "placements",
                placements.visible(call.getId()).stream()
                        .filter(p -> !p.isIncoming())
                        .toList());
        names.addTo(model, locale);
        return "exchange/application-form";
    }
}
