package org.jumelage.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.exchange.domain.EvaluationQuestion;
import org.jumelage.exchange.domain.EvaluationRequest;
import org.jumelage.exchange.domain.Evaluations;
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
 * The evaluations a person is asked for after a stay (the participant, the participant's supervisor, the host's
 * coordinator): a list of those due, and a form per evaluation. What was answered is seen by the office only, so the
 * form is gone once sent.
 */
@Controller
@RequestMapping("/office/exchange/evaluations")
class EvaluationController {

    private final Evaluations evaluations;
    private final Names names;

    EvaluationController(Evaluations evaluations, Names names) {
        this.evaluations = evaluations;
        this.names = names;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("requests", evaluations.mine());
        model.addAttribute("consents", evaluations.myConsents());
        names.addTo(model, locale);
        return "exchange/evaluations";
    }

    @GetMapping("/{id}")
    String form(@PathVariable long id, Model model, Locale locale) {
        EvaluationRequest request = evaluations.toAnswer(id);
        model.addAttribute("request", request);
        model.addAttribute("questions", evaluations.questionsOf(request));
        if (!model.containsAttribute("evaluationForm")) {
            EvaluationForm form = new EvaluationForm();
            form.setVersion(request.getVersion());
            model.addAttribute("evaluationForm", form);
        }
        names.addTo(model, locale);
        return "exchange/evaluation-form";
    }

    @PostMapping("/{id}")
    String answer(
            @PathVariable long id,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        EvaluationRequest request = evaluations.toAnswer(id);
        List<EvaluationRequest.Answer> answers = new ArrayList<>();
        for (EvaluationQuestion question : evaluations.questionsOf(request)) {
            String typed = form.getAnswers().get(String.valueOf(question.getId()));
            String field = "answers[" + question.getId() + "]";
            if (question.getKind() == EvaluationQuestion.Kind.SCALE) {
                Integer points = points(typed);
                if (points == null) {
                    errors.rejectValue(field, "evaluation.error.points");
                }
                answers.add(new EvaluationRequest.Answer(question.getId(), points, null));
            } else {
                answers.add(new EvaluationRequest.Answer(question.getId(), null, typed));
            }
        }
        if (Submission.save(
                errors,
                "evaluation.error.conflict",
                () -> evaluations.answer(
                        id,
                        form.getVersion() == null ? -1 : form.getVersion(),
                        answers,
                        form.getReport(),
                        form.isConsent()))) {
            redirect.addFlashAttribute("success", "evaluation.sent");
            return "redirect:/office/exchange/evaluations";
        }
        return form(id, model, locale);
    }

    /** The participant takes back their consent: the report is no longer published, and the office cannot again. */
    @PostMapping("/{id}/consent/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        Submission.flash(
                redirect,
                "evaluation.consentWithdrawn",
                "evaluation.error.conflict",
                () -> evaluations.withdrawConsent(id));
        return "redirect:/office/exchange/evaluations";
    }

    private static Integer points(String typed) {
        if (typed == null || !typed.matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(typed);
    }
}
