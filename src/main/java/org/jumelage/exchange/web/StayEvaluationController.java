package org.jumelage.exchange.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.EvaluationQuestion;
import org.jumelage.exchange.domain.Evaluations;
import org.jumelage.exchange.domain.FollowUp;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A completed stay's evaluation, for the office only: each party's answers, the participant's experience report (to
 * publish where its author consented), and the follow-up projects the stay led to.
 */
@Controller
@RequestMapping("/office/exchange/stays/{id}/evaluation")
class StayEvaluationController {

    private static final String CONFLICT = "evaluation.error.conflict";

    private final StayService stays;
    private final Evaluations evaluations;
    private final Names names;

    StayEvaluationController(StayService stays, Evaluations evaluations, Names names) {
        this.stays = stays;
        this.evaluations = evaluations;
        this.names = names;
    }

    @GetMapping
    String show(@PathVariable long id, Model model, Locale locale) {
        Stay stay = stays.view(id);
        var requests = evaluations.ofStay(id);
        Map<Long, EvaluationQuestion> questions = requests.isEmpty()
                ? Map.of()
                : evaluations.questions(requests.getFirst().getProgrammeId()).stream()
                        .collect(Collectors.toMap(EvaluationQuestion::getId, Function.identity()));
        List<FollowUp> followUps = evaluations.followUpsOf(id);
        model.addAttribute("stay", stay);
        model.addAttribute("requests", requests);
        model.addAttribute("questions", questions);
        model.addAttribute("followUps", followUps);
        model.addAttribute("activities", evaluations.activitiesOf(followUps));
        names.addTo(model, locale);
        return "exchange/stay-evaluation";
    }

    @PostMapping("/requests/{requestId}/publish")
    String publish(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam long version,
            @RequestParam boolean publish,
            RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(
                redirect,
                publish ? "evaluation.published" : "evaluation.unpublished",
                CONFLICT,
                () -> evaluations.publish(requestId, version, publish));
        return backTo(id);
    }

    @PostMapping("/follow-ups")
    String note(@PathVariable long id, @RequestParam(required = false) String activityId, RedirectAttributes redirect) {
        stays.view(id);
        Long activity =
                activityId != null && activityId.strip().matches("\\d{1,18}") ? Long.valueOf(activityId.strip()) : null;
        Submission.flash(redirect, "followUp.saved", CONFLICT, () -> evaluations.noteFollowUp(id, activity));
        return backTo(id);
    }

    @PostMapping("/follow-ups/{followUpId}/delete")
    String remove(@PathVariable long id, @PathVariable long followUpId, RedirectAttributes redirect) {
        stays.view(id);
        Submission.flash(redirect, "followUp.removed", CONFLICT, () -> evaluations.removeFollowUp(id, followUpId));
        return backTo(id);
    }

    private static String backTo(long id) {
        return "redirect:/office/exchange/stays/" + id + "/evaluation";
    }
}
