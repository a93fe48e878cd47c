package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jumelage.exchange.domain.ProgrammeBudgets;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayBudget;
import org.jumelage.exchange.domain.StayBudgets;
import org.jumelage.exchange.domain.StayCost;
import org.jumelage.exchange.domain.StayService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stay's budget, for the office: the plan against the actual costs per category, who pays, the programme's
 * standing for the stay's year, the cost lines with a form to record one, and a recalculation from today's rates.
 */
@Controller
@RequestMapping("/office/exchange/stays/{id}/budget")
class StayBudgetController {

    private static final String CONFLICT = "budget.error.conflict";

    private final StayService stays;
    private final StayBudgets budgets;
    private final ProgrammeBudgets programmeBudgets;
    private final Names names;

    StayBudgetController(StayService stays, StayBudgets budgets, ProgrammeBudgets programmeBudgets, Names names) {
        this.stays = stays;
        this.budgets = budgets;
        this.programmeBudgets = programmeBudgets;
        this.names = names;
    }

    @GetMapping
    String show(@PathVariable long id, Model model, Locale locale) {
        Stay stay = stays.view(id);
        StayBudget budget = budgets.of(id).orElse(null);
        List<StayCost> costs = budgets.costs(id);
        model.addAttribute("stay", stay);
        model.addAttribute("budget", budget);
        model.addAttribute("costs", costs);
        model.addAttribute("lines", budget == null ? List.of() : budgets.compare(budget, costs));
        model.addAttribute("categories", StayCost.Category.values());
        model.addAttribute("fundings", StayBudget.Funding.values());
        if (budget != null) {
            model.addAttribute("standing", programmeBudgets.standing(budget.getProgrammeId(), budget.getYear()));
        }
        if (!model.containsAttribute("costForm")) {
            model.addAttribute("costForm", new CostForm(null, null, null, null));
        }
        names.addTo(model, locale);
        return "exchange/stay-budget";
    }

    @PostMapping("/funding")
    String funding(
            @PathVariable long id,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(
                errors, redirect, "budget.funded", CONFLICT, () -> budgets.fund(id, form.version(), form.funding()));
        return backTo(id);
    }

    @PostMapping("/replan")
    String replan(
            @PathVariable long id,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(errors, redirect, "budget.replanned", CONFLICT, () -> budgets.replan(id, form.version()));
        return backTo(id);
    }

    @PostMapping("/costs")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("costForm") CostForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        stays.view(id);
        errors = FormErrors.usable(errors, form, model);
        BigDecimal amount = Amounts.read(errors, "amount", form.amount());
        if (Submission.save(
                errors, CONFLICT, () -> budgets.record(id, form.category(), amount, form.paidOn(), form.note()))) {
            redirect.addFlashAttribute("success", "cost.saved");
            return backTo(id);
        }
        return show(id, model, locale);
    }

    @PostMapping("/costs/{costId}/delete")
    String remove(@PathVariable long id, @PathVariable long costId, RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(redirect, "cost.removed", CONFLICT, () -> budgets.remove(id, costId));
        return backTo(id);
    }

    private static String backTo(long id) {
        return "redirect:/office/exchange/stays/" + id + "/budget";
    }
}
