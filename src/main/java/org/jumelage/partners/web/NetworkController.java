package org.jumelage.partners.web;

import jakarta.validation.Valid;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.domain.Network;
import org.jumelage.partners.domain.NetworkDetails;
import org.jumelage.partners.domain.NetworkService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.PartialDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The networks of cities the city belongs to: list, create, edit. */
@Controller
@RequestMapping("/office/networks")
class NetworkController {

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("mayEdit", networks.mayEdit());
        return "partners/networks";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireEditRight();
        return form(model, NetworkForm.empty(), null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // The right before the form: someone who may not keep networks learns that, not what the form lacks.
        requireEditRight();
        // A value that could not be converted leaves the form's binding without a target: the page would show the
        // form without its errors.
        errors = FormErrors.usable(errors, form, model);
        PartialDate since = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        if (!Submission.save(errors, "form.error.savedMeanwhile", () -> networks.create(details(form, since)))) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("success", "network.saved");
        return "redirect:/office/networks";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireEditRight();
        Network network = networks.get(id);
        return form(model, NetworkForm.of(network), network);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireEditRight();
        errors = FormErrors.usable(errors, form, model);
        PartialDate since = PartialDates.read(form.year(), form.month(), form.day(), "year", errors);
        if (Submission.saveEdit(
                errors,
                model,
                form.version(),
                (refused, cause) -> {
                    Network saved = networks.get(id);
                    refused.reject("network.error.conflict");
                    model.addAttribute("saved", NetworkForm.of(saved));
                    model.addAttribute("formVersion", saved.getVersion());
                },
                () -> networks.update(id, form.version(), details(form, since)))) {
            redirect.addFlashAttribute("success", "network.saved");
            return "redirect:/office/networks";
        }
        return form(model, form, networks.get(id));
    }

    private static NetworkDetails details(NetworkForm form, PartialDate since) {
        return new NetworkDetails(form.name(), form.acronym(), form.website(), form.role(), since, form.notes());
    }

    private void requireEditRight() {
        if (!networks.mayEdit()) {
            throw new AccessDeniedException("only the international office keeps networks");
        }
    }

    private String form(Model model, NetworkForm form, Network network) {
        model.addAttribute("form", form);
        model.addAttribute("network", network);
        if (network != null && !model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", network.getVersion());
        }
        model.addAttribute("roles", NetworkRole.values());
        return "partners/network-form";
    }
}
