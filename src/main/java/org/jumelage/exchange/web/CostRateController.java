package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.jumelage.exchange.domain.CostRates;
import org.jumelage.shared.Countries;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
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

/** The cost rates per destination country and year: a list with a change per row, and a form to add one. */
@Controller
@RequestMapping("/office/exchange/rates")
class CostRateController {

    private static final String CONFLICT = "rate.error.conflict";

    private final CostRates rates;
    private final java.time.Clock clock;

    CostRateController(CostRates rates, java.time.Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, java.util.Locale locale) {
        model.addAttribute("rates", rates.page(page));
        model.addAttribute(
                "countryChoices",
                Countries.sortedCodes(locale).stream()
                        .map(code -> new LanguageChoices.Choice(code, Countries.name(code, locale)))
                        .toList());
        model.addAttribute("currency", rates.currency().getCurrencyCode());
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute(
                    "rateForm", new CostRateForm(null, java.time.Year.now(clock).getValue(), null, null, null, null));
        }
        return "exchange/rates";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("rateForm") CostRateForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            java.util.Locale locale,
            RedirectAttributes redirect) {
        // A value that could not be converted leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        if (!Countries.isValid(form.countryCode())) {
            errors.rejectValue("countryCode", "rate.error.country");
        }
        if (form.year() == null) {
            errors.rejectValue("year", "rate.error.year");
        }
        BigDecimal travel = Amounts.read(errors, "travel", form.travel());
        BigDecimal accommodation = Amounts.read(errors, "accommodation", form.accommodation());
        BigDecimal subsistence = Amounts.read(errors, "subsistence", form.subsistence());
        if (Submission.save(
                errors,
                CONFLICT,
                () -> rates.create(form.countryCode(), form.year(), travel, accommodation, subsistence))) {
            redirect.addFlashAttribute("success", "rate.saved");
            return "redirect:/office/exchange/rates";
        }
        return list(page, model, locale);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("changeForm") CostRateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        errors = FormErrors.usable(errors, form, model);
        BigDecimal travel = Amounts.read(errors, "travel", form.travel());
        BigDecimal accommodation = Amounts.read(errors, "accommodation", form.accommodation());
        BigDecimal subsistence = Amounts.read(errors, "subsistence", form.subsistence());
        Submission.flash(
                errors,
                redirect,
                "rate.saved",
                CONFLICT,
                () -> rates.change(
                        id, form.version() == null ? -1 : form.version(), travel, accommodation, subsistence));
        return "redirect:/office/exchange/rates";
    }
}
