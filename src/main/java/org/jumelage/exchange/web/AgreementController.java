package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.exchange.domain.AgreementService;
import org.jumelage.exchange.domain.AgreementTerms;
import org.jumelage.exchange.domain.AgreementVersion;
import org.jumelage.exchange.domain.PlacementService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.shared.Submission;
import org.springframework.context.MessageSource;
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

/** A stay's training agreement: its form, each party's approval, and every version kept. */
@Controller
@RequestMapping("/office/exchange/stays/{id}/agreement")
class AgreementController {

    private final AgreementService agreements;
    private final StayService stays;
    private final PlacementService placements;
    private final MessageSource messages;
    private final Names names;

    AgreementController(
            AgreementService agreements,
            StayService stays,
            PlacementService placements,
            MessageSource messages,
            Names names) {
        this.agreements = agreements;
        this.stays = stays;
        this.placements = placements;
        this.messages = messages;
        this.names = names;
    }

    @GetMapping
    String form(@PathVariable long id, Model model, Locale locale) {
        Stay stay = stays.view(id);
        if (!agreements.mayWrite(stay)) {
            throw new AccessDeniedException("may not write the agreement of stay " + id + " (now)");
        }
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute(
                    "agreementForm",
                    agreements
                            .of(id)
                            .map(c -> AgreementForm.of(
                                    c.version().terms(), c.agreement().getVersion()))
                            .orElseGet(() -> AgreementForm.of(draft(stay, locale), null)));
        }
        model.addAttribute("stay", stay);
        model.addAttribute("languages", names.languages().in(locale));
        names.addTo(model, locale);
        return "exchange/agreement-form";
    }

    /** A first draft: the stay's dates, the placement's first language, and the usual commitments of each party. */
    private AgreementTerms draft(Stay stay, Locale locale) {
        var placement = placements.view(stay.getPlacementId());
        String language = placement.getLanguages().isEmpty()
                ? "en"
                : placement.getLanguages().getFirst().language();
        return new AgreementTerms(
                stay.getStartsOn(),
                stay.getEndsOn(),
                language,
                "",
                "",
                "",
                "",
                messages.getMessage("agreement.default.participant", null, locale),
                messages.getMessage("agreement.default.sending", null, locale),
                messages.getMessage("agreement.default.receiving", null, locale));
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (Submission.save(
                errors, "agreement.error.conflict", () -> agreements.write(id, form.version(), form.terms()))) {
            redirect.addFlashAttribute("success", "agreement.saved");
            return "redirect:/office/exchange/stays/" + id;
        }
        return form(id, model, locale);
    }

    @PostMapping("/approve")
    String approve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam AgreementVersion.Party party,
            RedirectAttributes redirect) {
        Submission.flash(
                redirect,
                "agreement.approved",
                "agreement.error.conflict",
                () -> agreements.approve(id, version, party));
        return "redirect:/office/exchange/stays/" + id;
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model, Locale locale) {
        model.addAttribute("stay", stays.view(id));
        model.addAttribute("agreementVersion", agreements.version(id, number));
        names.addTo(model, locale);
        return "exchange/agreement-version";
    }
}
