package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jumelage.exchange.domain.EvaluationQuestion.Kind;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.jumelage.exchange.domain.EvaluationRequest.Answer;
import org.jumelage.people.DemoData;
import org.jumelage.people.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's evaluation (issue 13): Vera Viewer's completed stay in Warsaw is evaluated by Vera (with an experience
 * report she agreed to publish, and published) and by Warsaw's coordinator; her supervisor's feedback, due three
 * months after the stay, waits for Sam Supervisor. The answers are the demo's, not real people's.
 */
@Component
@Order(43)
@DemoData
class EvaluationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

    private final DemoMode demoMode;
    private final CallRepository calls;
    private final StayRepository stays;
    private final Evaluations evaluations;
    private final EvaluationRequestRepository requests;
    private final EvaluationQuestionRepository questions;
    private final Clock clock;

    EvaluationDemoData(
            DemoMode demoMode,
            CallRepository calls,
            StayRepository stays,
            Evaluations evaluations,
            EvaluationRequestRepository requests,
            EvaluationQuestionRepository questions,
            Clock clock) {
        this.demoMode = demoMode;
        this.calls = calls;
        this.stays = stays;
        this.evaluations = evaluations;
        this.requests = requests;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isDemoInstance()) {
            return;
        }
        Optional<Stay> warsaw = calls.findAll().stream()
                .filter(c -> c.getTitleDe().equals("EVA: Hospitationen im Sommer"))
                .findFirst()
                .flatMap(c -> stays.findByCallId(c.getId()).stream().findFirst());
        if (warsaw.isEmpty() || requests.existsByStayId(warsaw.get().getId())) {
            return;
        }
        evaluations.stayCompleted(warsaw.get());
        for (EvaluationRequest request :
                requests.findByStayIdOrderByPartyAsc(warsaw.get().getId())) {
            List<EvaluationQuestion> asked = questions.findByProgrammeIdAndPartyAndRetiredFalseOrderByPositionAscIdAsc(
                    request.getProgrammeId(), request.getParty());
            if (request.getParty() == Party.PARTICIPANT) {
                request.answer(
                        asked,
                        answers(asked, 5, "Wie Warschau Parks mit Regenwasser pflegt; Pflegepläne nach Trockenheit."),
                        "Acht Wochen im Grünflächenamt: Die Kolleginnen haben mich in jede Begehung mitgenommen. "
                                + "Rat für Nachfolgende: Polnischkenntnisse auf B1 reichen, Englisch trägt den Rest.",
                        true,
                        clock.instant());
                request.publish(true, clock.instant());
            } else if (request.getParty() == Party.HOST) {
                request.answer(
                        asked,
                        answers(asked, 4, "Berlins Verfahren der Baumkontrolle; wir prüfen es für unsere Bezirke."),
                        null,
                        false,
                        clock.instant());
            }
        }
        log.info("Loaded the evaluation of the past EVA stay in Warsaw; the supervisor's feedback is due");
    }

    /** The same mark for every mark question and the same text for every text question. */
    private static List<Answer> answers(List<EvaluationQuestion> asked, int points, String text) {
        return asked.stream()
                .map(q -> q.getKind() == Kind.SCALE
                        ? new Answer(q.getId(), points, null)
                        : new Answer(q.getId(), null, text))
                .toList();
    }
}
