package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.exchange.domain.CallTitle;
import org.jumelage.exchange.domain.Placement;
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
 * Host placements: the list (a coordinator sees their administration's and Berlin's hosting offers), the form, and a
 * placement's page, where a coordinator nominates a guest for a hosting offer and the host decides.
 */
@Controller
@RequestMapping("/office/exchange/placements")
class PlacementController {

    private final PlacementService placements;
    private final PlacementPage page;
    private final CallService calls;
    private final Names names;
    private final org.jumelage.exchange.domain.ApplicationService applications;

    PlacementController(
            PlacementService placements,
            CallService calls,
            Names names,
            PlacementPage page,
            org.jumelage.exchange.domain.ApplicationService applications) {
        this.applications = applications;
        this.page = page;
        this.placements = placements;
        this.calls = calls;
        this.names = names;
    }

    /** A placement with its places left. */
    record Row(Placement placement, int left) {}

    @GetMapping
    String list(
            @RequestParam(name = "call", required = false) Long callId,
            @RequestParam(name = "direction", required = false) String direction,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        // An empty value arrives as null (the binder trims empty strings to null).
        Boolean incoming = switch (direction == null ? "" : direction) {
            case "incoming" -> Boolean.TRUE;
            case "outgoing" -> Boolean.FALSE;
            default -> null;
        };
        org.springframework.data.domain.Page<Placement> visible = placements.visiblePage(callId, incoming, page);
        Map<Long, Integer> left = placements.placesLeft(visible.getContent());
        model.addAttribute("page", visible);
        model.addAttribute(
                "rows",
                visible.getContent().stream()
                        .map(p -> new Row(p, left.get(p.getId())))
                        .toList());
        model.addAttribute("mayRecord", placements.mayRecordAny());
        model.addAttribute("callTitles", callTitles(locale));
        model.addAttribute("calls", calls.listedTitles());
        model.addAttribute("selectedCall", callId);
        model.addAttribute("direction", incoming == null ? "" : direction);
        // The calls the person may still apply to: their offers in partner cities get an "apply" link.
        model.addAttribute(
                "applicableCalls",
                applications.openToMe().stream().map(c -> c.getId()).collect(java.util.stream.Collectors.toSet()));
        names.addTo(model, locale);
        return "exchange/placements";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "call", required = false) Long callId, Model model, Locale locale) {
        requireRecorder();
        model.addAttribute("form", PlacementForm.empty(callId, null));
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") PlacementForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireRecorder();
        errors = FormErrors.usable(errors, form, model);
        if (form != null) {
            form.check(errors);
        }
        if (errors.hasErrors()) {
            return form(model, null, locale);
        }
        Placement[] created = new Placement[1];
        if (!Submission.save(
                errors, "placement.error.conflict", () -> created[0] = placements.create(form.details()))) {
            return form(model, null, locale);
        }
        redirect.addFlashAttribute("success", "placement.created");
        return "redirect:/office/exchange/placements/" + created[0].getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page.show(id, model, locale);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Placement placement = managed(id);
        model.addAttribute("form", PlacementForm.of(placement));
        return form(model, placement, locale);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PlacementForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Placement placement = managed(id);
        errors = FormErrors.usable(errors, form, model);
        if (form != null) {
            form.check(errors);
        }
        if (form == null || form.version() == null) {
            errors.reject("validation.required");
        }
        if (!Submission.save(
                errors, "placement.error.conflict", () -> placements.edit(id, form.version(), form.details()))) {
            return form(model, placement, locale);
        }
        redirect.addFlashAttribute("success", "placement.saved");
        return "redirect:/office/exchange/placements/" + id;
    }

    private String form(Model model, Placement placement, Locale locale) {
        model.addAttribute("placement", placement);
        model.addAttribute(
                "calls", calls.listedTitles().stream().filter(c -> !c.erased()).toList());
        model.addAttribute("hostUnits", placements.hostUnits());
        model.addAttribute("levels", CefrLevel.values());
        model.addAttribute("languages", names.languages().in(locale));
        model.addAttribute("callTitles", callTitles(locale));
        names.addTo(model, locale);
        return "exchange/placement-form";
    }

    private Placement managed(long id) {
        Placement placement = placements.view(id);
        if (!placements.mayManage(placement)) {
            throw new AccessDeniedException("may not change placement " + id);
        }
        return placement;
    }

    private void requireRecorder() {
        if (!placements.mayRecordAny()) {
            throw new AccessDeniedException("may not record placements");
        }
    }

    private Map<Long, String> callTitles(Locale locale) {
        return calls.titles().stream().collect(Collectors.toMap(CallTitle::id, c -> c.title(locale)));
    }
}
