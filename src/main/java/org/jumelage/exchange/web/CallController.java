package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.people.Organisation;
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

/** Calls for applications: everyone in the office sees them; administrators publish and change them. */
@Controller
@RequestMapping("/office/exchange/calls")
class CallController {

    private final CallService calls;
    private final ProgrammeService programmes;
    private final Organisation organisation;

    CallController(CallService calls, ProgrammeService programmes, Organisation organisation) {
        this.calls = calls;
        this.programmes = programmes;
        this.organisation = organisation;
    }

    /** How many eligible units a row of the list names; it counts the others. */
    static final int UNITS_NAMED = 5;

    /**
     * A call with whether it is open now, and the first {@link #UNITS_NAMED} of the units that may apply in
     * alphabetical order, with how many more there are (a call open to a whole administration names hundreds).
     */
    record Row(Call call, boolean open, List<String> units, int moreUnits) {}

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        var names = org.jumelage.shared.Names.of(organisation.unitsById(), unit -> unit.name(locale));
        java.text.Collator order = java.text.Collator.getInstance(locale);
        var listed = calls.listed(page).map(c -> {
            java.util.Set<Long> eligible = c.getEligibleUnitIds();
            List<String> units = eligible.stream()
                    .map(id -> names.getOrDefault(id, "#" + id))
                    .sorted(order)
                    .limit(UNITS_NAMED)
                    .toList();
            return new Row(c, calls.isOpen(c), units, eligible.size() - units.size());
        });
        model.addAttribute("calls", listed);
        model.addAttribute("mayEdit", programmes.mayEdit());
        model.addAttribute("programmeNames", programmeNames(locale));
        return "exchange/calls";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        requireEditor();
        model.addAttribute("form", CallForm.empty());
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireEditor();
        errors = FormErrors.usable(errors, form, model);
        check(form, errors);
        if (!Submission.save(errors, "form.error.savedMeanwhile", () -> calls.create(form.details()))) {
            return form(model, null, locale);
        }
        redirect.addFlashAttribute("success", "call.created");
        return "redirect:/office/exchange/calls";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        requireEditor();
        Call call = calls.get(id);
        model.addAttribute("form", CallForm.of(call));
        return form(model, call, locale);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CallForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireEditor();
        errors = FormErrors.usable(errors, form, model);
        check(form, errors);
        Long loaded = form == null ? null : form.version();
        if (Submission.saveEdit(
                errors,
                model,
                loaded,
                Submission.carrySavedVersion(
                        model, "call.error.conflict", () -> calls.get(id).getVersion()),
                () -> calls.edit(id, loaded, form.details()))) {
            redirect.addFlashAttribute("success", "call.saved");
            return "redirect:/office/exchange/calls";
        }
        return form(model, calls.get(id), locale);
    }

    /** The window rules as field errors, so that every mistake shows at once. */
    private static void check(CallForm form, BindingResult errors) {
        if (form == null) {
            return;
        }
        if (form.opens() != null && form.closes() != null && !form.closes().isAfter(form.opens())) {
            errors.rejectValue("closes", "call.error.window");
        }
        if (form.staysFrom() != null && form.staysTo() != null && form.staysTo().isBefore(form.staysFrom())) {
            errors.rejectValue("staysTo", "call.error.stays");
        }
        if (form.minWeeks() != null && form.maxWeeks() != null && form.maxWeeks() < form.minWeeks()) {
            errors.rejectValue("maxWeeks", "call.error.weeks");
        }
        if (form.eligibleUnitIds() == null || form.eligibleUnitIds().isEmpty()) {
            errors.rejectValue("eligibleUnitIds", "call.error.units");
        }
    }

    private String form(Model model, Call call, Locale locale) {
        model.addAttribute("call", call);
        if (call != null && !model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", call.getVersion());
        }
        model.addAttribute("programmes", programmes.all());
        // Those who may apply are Berlin's own administrations and units.
        model.addAttribute(
                "units",
                organisation.units().stream()
                        .filter(u -> !organisation.belongsToPartner(u.id()))
                        .toList());
        return "exchange/call-form";
    }

    private Map<Long, String> programmeNames(Locale locale) {
        return programmes.all().stream().collect(Collectors.toMap(Programme::getId, p -> p.name(locale)));
    }

    private void requireEditor() {
        if (!programmes.mayEdit()) {
            throw new AccessDeniedException("only administrators publish calls");
        }
    }
}
