package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.jumelage.exchange.domain.Programme;
import org.jumelage.exchange.domain.ProgrammeBudgets;
import org.jumelage.exchange.domain.ProgrammeService;
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

/**
 * The programmes' budgets for a year: where each stands (planned, committed, spent, per funding source, with the
 * warning before a budget is exceeded), a change per budget, and a form to set one.
 */
@Controller
@RequestMapping("/office/exchange/budget")
class BudgetController {

    private static final String CONFLICT = "budget.error.conflict";

    private final ProgrammeBudgets budgets;
    private final ProgrammeService programmes;
    private final java.time.Clock clock;

    BudgetController(ProgrammeBudgets budgets, ProgrammeService programmes, java.time.Clock clock) {
        this.budgets = budgets;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model, java.util.Locale locale) {
        int shown = year == null || year < 2000 || year > 2100
                ? java.time.Year.now(clock).getValue()
                : year;
        List<Programme> all = programmes.all();
        model.addAttribute("year", shown);
        model.addAttribute(
                "programmeChoices",
                all.stream()
                        .map(p -> new LanguageChoices.Choice(String.valueOf(p.getId()), p.name(locale)))
                        .toList());
        List<org.jumelage.exchange.domain.BudgetStanding> standings =
                budgets.standings(all.stream().map(Programme::getId).toList(), shown);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(new Row(all.get(i), standings.get(i)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("warned", rows.stream().filter(Row::warned).toList());
        model.addAttribute(
                "unbudgeted",
                rows.stream().filter(r -> r.standing().budget() == null).toList());
        model.addAttribute("fundings", org.jumelage.exchange.domain.StayBudget.Funding.values());
        model.addAttribute("currency", budgets.currency().getCurrencyCode());
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", new BudgetForm(null, shown, null, 90, null, null));
        }
        return "exchange/budget";
    }

    /** A programme and where it stands. */
    record Row(Programme programme, org.jumelage.exchange.domain.BudgetStanding standing) {
        boolean warned() {
            var level = standing.level();
            return level == org.jumelage.exchange.domain.BudgetStanding.Level.NEAR
                    || level == org.jumelage.exchange.domain.BudgetStanding.Level.OVER;
        }
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult errors,
            Model model,
            java.util.Locale locale,
            RedirectAttributes redirect) {
        // A value that could not be converted leaves the form's binding without a target.
        errors = FormErrors.usable(errors, form, model);
        if (form.programmeId() == null) {
            errors.rejectValue("programmeId", "budget.error.programme");
        }
        if (form.year() == null) {
            errors.rejectValue("year", "rate.error.year");
        }
        BigDecimal amount = Amounts.read(errors, "amount", form.amount());
        if (Submission.save(
                errors,
                CONFLICT,
                () -> budgets.set(form.programmeId(), form.year(), amount, form.warnPercent(), form.note()))) {
            redirect.addFlashAttribute("success", "budget.saved");
            return "redirect:/office/exchange/budget?year=" + form.year();
        }
        return show(form.year(), model, locale);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("changeForm") BudgetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        errors = FormErrors.usable(errors, form, model);
        BigDecimal amount = Amounts.read(errors, "amount", form.amount());
        Submission.flash(
                errors,
                redirect,
                "budget.saved",
                CONFLICT,
                () -> budgets.change(
                        id,
                        form.version() == null ? -1 : form.version(),
                        amount,
                        form.warnPercent() == null ? 0 : form.warnPercent(),
                        form.note()));
        return "redirect:/office/exchange/budget" + (form.year() == null ? "" : "?year=" + form.year());
    }
}
