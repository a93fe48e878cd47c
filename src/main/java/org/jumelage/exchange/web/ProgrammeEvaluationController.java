package org.jumelage.exchange.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.jumelage.documents.Downloads;
import org.jumelage.exchange.domain.EvaluationQuestion;
import org.jumelage.exchange.domain.Evaluations;
import org.jumelage.exchange.domain.ProgrammeImpact;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.shared.Submission;
import org.springframework.http.ResponseEntity;
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
 * A programme's evaluation, for the office: the questions each party is asked (added and retired, never edited), and
 * the impact of a year with every chart's numbers in a table, as PDF and XLSX for funders and parliament.
 */
@Controller
@RequestMapping("/office/exchange/programmes/{id}")
class ProgrammeEvaluationController {

    private final Evaluations evaluations;
    private final ProgrammeImpact impact;
    private final ProgrammeService programmes;
    private final java.time.Clock clock;

    ProgrammeEvaluationController(
            Evaluations evaluations, ProgrammeImpact impact, ProgrammeService programmes, java.time.Clock clock) {
        this.evaluations = evaluations;
        this.impact = impact;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/questions")
    String questions(@PathVariable long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("questions", evaluations.questions(id));
        model.addAttribute("parties", EvaluationQuestion.Party.values());
        model.addAttribute("kinds", EvaluationQuestion.Kind.values());
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new QuestionForm(null, null, null, null));
        }
        return "exchange/questions";
    }

    @PostMapping("/questions")
    String ask(
            @PathVariable long id,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (Submission.save(
                errors,
                "evaluation.error.conflict",
                () -> evaluations.ask(id, form.party(), form.kind(), form.textDe(), form.textEn()))) {
            redirect.addFlashAttribute("success", "question.saved");
            return "redirect:/office/exchange/programmes/" + id + "/questions";
        }
        return questions(id, model);
    }

    @PostMapping("/questions/{questionId}/retire")
    String retire(
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Submission.flash(
                redirect,
                "question.retiredSaved",
                "evaluation.error.conflict",
                () -> evaluations.retire(questionId, version));
        return "redirect:/office/exchange/programmes/" + id + "/questions";
    }

    @GetMapping("/impact")
    String impact(@PathVariable long id, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        int shown = year(year);
        model.addAttribute("impact", impact.of(id, shown, locale));
        return "exchange/impact";
    }

    @GetMapping("/impact.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer year, Locale locale) {
        ProgrammeImpact.Impact figures = impact.of(id, year(year), locale);
        return Downloads.attachment(
                impact.spreadsheet(figures, locale).xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fileName(figures, "xlsx"));
    }

    @GetMapping("/impact.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year, Locale locale) {
        ProgrammeImpact.Impact figures = impact.of(id, year(year), locale);
        return Downloads.attachment(impact.pdf(figures, locale), "application/pdf", fileName(figures, "pdf"));
    }

    private int year(Integer year) {
        return year == null || year < 2000 || year > 2100
                ? java.time.Year.now(clock).getValue()
                : year;
    }

    private static String fileName(ProgrammeImpact.Impact figures, String ending) {
        return "impact-" + figures.programme().getCode().replaceAll("[^A-Za-z0-9-]", "") + "-" + figures.year() + "."
                + ending;
    }
}
