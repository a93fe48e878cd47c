package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jumelage.activities.ActivityLookup;
import org.jumelage.exchange.StayStatus;
import org.jumelage.exchange.domain.EvaluationQuestion.Kind;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.jumelage.exchange.domain.EvaluationRequest.Answer;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of completed stays (ADR 0024): the programme's questions per party, a request to the participant
 * and the host administration when a stay is completed and to the participant's supervisor three months after its
 * end, their answers (seen by the office only, never by another party), the participant's experience report with
 * their consent to publish it, and the follow-up projects a stay led to.
 */
@Service
@Transactional
public class Evaluations {

    /** The most open requests a person's list shows; older ones follow once these are answered. */
    static final int MINE_LIMIT = 50;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final EvaluationQuestionRepository questions;
    private final EvaluationRequestRepository requests;
    private final FollowUpRepository followUps;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final StayRepository stays;
    private final ExchangeAccess access;
    private final ActivityLookup activities;
    private final Clock clock;
    private final java.time.Period supervisorAfter;

    Evaluations(
            EvaluationQuestionRepository questions,
            EvaluationRequestRepository requests,
            FollowUpRepository followUps,
            ApplicationRepository applications,
            CallRepository calls,
            StayRepository stays,
            ExchangeAccess access,
            ActivityLookup activities,
            Clock clock,
            ExchangeProperties settings) {
        this.questions = questions;
        this.requests = requests;
        this.followUps = followUps;
        this.applications = applications;
        this.calls = calls;
        this.stays = stays;
        this.access = access;
        this.activities = activities;
        this.clock = clock;
        this.supervisorAfter = settings.supervisorFeedbackAfter();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    // ---------------------------------------------------------------- asking

    /**
     * Asks the parties of a stay that has just been completed: its participant and the host administration now, the
     * participant's supervisor {@code jumelage.exchange.supervisor-feedback-after} after the stay's end. Outgoing
     * stays only (an incoming guest has no account to answer with); asked once per stay.
     */
    void stayCompleted(Stay stay) {
        if (stay.isIncoming() || stay.getStatus() != StayStatus.COMPLETED || requests.existsByStayId(stay.getId())) {
            return;
        }
        Application application = stay.getApplicationId() == null
                ? null
                : applications.findById(stay.getApplicationId()).orElse(null);
        if (application == null) {
            return;
        }
        long programme = calls.findById(stay.getCallId()).orElseThrow().getProgrammeId();
        LocalDate now = today();
        LocalDate ended = stay.getEndsOn().isAfter(now) ? now : stay.getEndsOn();
        requests.save(new EvaluationRequest(
                stay, programme, Party.PARTICIPANT, application.getApplicantId(), now, clock.instant()));
        requests.save(new EvaluationRequest(stay, programme, Party.HOST, null, now, clock.instant()));
        if (application.getSupervisorId() != null) {
            requests.save(new EvaluationRequest(
                    stay,
                    programme,
                    Party.SUPERVISOR,
                    application.getSupervisorId(),
                    ended.plus(supervisorAfter),
                    clock.instant()));
        }
    }

    /** The questions a new programme starts with (the same V34 gave every programme before it). */
    private static final List<String[]> DEFAULT_QUESTIONS = List.of(
            new String[] {
                "PARTICIPANT",
                "SCALE",
                "Wie zufrieden sind Sie insgesamt mit Ihrer Hospitation?",
                "Overall, how satisfied are you with your work-shadowing stay?"
            },
            new String[] {
                "PARTICIPANT",
                "SCALE",
                "Wie gut haben Sie die Ziele Ihrer Lernvereinbarung erreicht?",
                "How well did you reach the objectives of your training agreement?"
            },
            new String[] {"PARTICIPANT", "TEXT", "Was haben Sie gelernt?", "What did you learn?"},
            new String[] {
                "PARTICIPANT",
                "TEXT",
                "Was möchten Sie in Ihre tägliche Arbeit übernehmen?",
                "What do you want to take into your daily work?"
            },
            new String[] {
                "HOST",
                "SCALE",
                "Wie zufrieden ist Ihre Verwaltung mit dem Aufenthalt?",
                "How satisfied is your administration with the stay?"
            },
            new String[] {
                "HOST",
                "TEXT",
                "Was hat Ihre Verwaltung vom Gast gelernt?",
                "What did your administration learn from the guest?"
            },
            new String[] {
                "SUPERVISOR",
                "SCALE",
                "Wie viel des Gelernten wird heute in der täglichen Arbeit genutzt?",
                "How much of what was learned is used in daily work today?"
            },
            new String[] {
                "SUPERVISOR", "TEXT", "Was wurde in die tägliche Arbeit übernommen?", "What was taken into daily work?"
            },
            new String[] {
                "SUPERVISOR",
                "TEXT",
                "Sind Folgeprojekte mit der Partnerverwaltung entstanden oder geplant?",
                "Have follow-up projects with the partner administration started or been planned?"
            });

    /** Gives a new programme the default questions; the office changes them on the programme's questions page. */
    void defaultQuestions(long programmeId) {
        int[] positions = new int[Party.values().length];
        for (String[] q : DEFAULT_QUESTIONS) {
            Party party = Party.valueOf(q[0]);
            questions.save(new EvaluationQuestion(
                    programmeId, party, ++positions[party.ordinal()], Kind.valueOf(q[1]), q[2], q[3], clock.instant()));
        }
    }

    // ---------------------------------------------------------------- answering

    /** What the signed-in person is asked to answer now (the supervisor's only once due), oldest first. */
    @Transactional(readOnly = true)
    public List<EvaluationRequest> mine() {
        long administration = access.coordinatorAdministration().orElse(-1L);
        return requests.openFor(access.user().accountId(), administration, today(), PageRequest.of(0, MINE_LIMIT));
    }

    /** A request its respondent may answer: theirs, or their administration's as host; open and due. */
    @Transactional(readOnly = true)
    public EvaluationRequest toAnswer(long id) {
        EvaluationRequest request =
                requests.findById(id).filter(this::isRespondent).orElseThrow(() -> new NotFound("evaluation", id));
        // Not before it is due; once answered, it is the office's alone (nobody reads their answers again).
        if (request.getDueOn().isAfter(today()) || request.getStatus() != EvaluationRequest.Status.OPEN) {
            throw new NotFound("evaluation", id);
        }
        return request;
    }

    private boolean isRespondent(EvaluationRequest request) {
        if (request.getStayId() == null) {
            return false;
        }
        if (request.getParty() == Party.HOST) {
            return access.coordinatorAdministration()
                    .map(own -> own == request.getHostAdministrationId())
                    .orElse(false);
        }
        return request.getRespondentId() != null
                && request.getRespondentId() == access.user().accountId();
    }

    /** The questions a request asks: its programme's current ones for its party. */
    @Transactional(readOnly = true)
    public List<EvaluationQuestion> questionsOf(EvaluationRequest request) {
        return questions.findByProgrammeIdAndPartyAndRetiredFalseOrderByPositionAscIdAsc(
                request.getProgrammeId(), request.getParty());
    }

    public void answer(long id, long version, List<Answer> answers, String report, boolean consent) {
        EvaluationRequest request = toAnswer(id);
        if (request.getVersion() != version) {
            throw new EditConflict("evaluation " + id, version, request.getVersion());
        }
        request.answer(questionsOf(request), answers, report, consent, clock.instant());
        requests.flush();
    }

    /** The experience reports the signed-in participant agreed to publish (published or not yet), newest first. */
    @Transactional(readOnly = true)
    public List<EvaluationRequest> myConsents() {
        return requests.findByRespondentIdAndPartyAndConsentTrueOrderByAnsweredAtDesc(
                access.user().accountId(), Party.PARTICIPANT, PageRequest.of(0, MINE_LIMIT));
    }

    /** The participant takes back their consent to publish their report (also after it was published). */
    public void withdrawConsent(long id) {
        EvaluationRequest request = requests.findById(id)
                .filter(r -> r.getParty() == Party.PARTICIPANT && isRespondent(r))
                .orElseThrow(() -> new NotFound("evaluation", id));
        request.withdrawConsent(clock.instant());
        requests.flush();
    }

    // ---------------------------------------------------------------- the office

    /** A stay's requests with their answers, for the office only. */
    @Transactional(readOnly = true)
    public List<EvaluationRequest> ofStay(long stayId) {
        office();
        return requests.findByStayIdOrderByPartyAsc(stayId);
    }

    /** Every question of a programme, retired ones included (their answers stay readable). */
    @Transactional(readOnly = true)
    public List<EvaluationQuestion> questions(long programmeId) {
        office();
        return questions.findByProgrammeIdOrderByPartyAscPositionAscIdAsc(programmeId);
    }

    public EvaluationQuestion ask(long programmeId, Party party, Kind kind, String textDe, String textEn) {
        office();
        int position = party == null ? 0 : questions.lastPosition(programmeId, party) + 1;
        return questions.saveAndFlush(
                new EvaluationQuestion(programmeId, party, position, kind, textDe, textEn, clock.instant()));
    }

    public void retire(long questionId, long version) {
        office();
        EvaluationQuestion question =
                questions.findById(questionId).orElseThrow(() -> new NotFound("question", questionId));
        if (question.getVersion() != version) {
            throw new EditConflict("question " + questionId, version, question.getVersion());
        }
        question.retire(clock.instant());
        questions.flush();
    }

    /** The office publishes a report whose author consented, or takes it back. */
    public void publish(long requestId, long version, boolean publish) {
        office();
        EvaluationRequest request =
                requests.findById(requestId).orElseThrow(() -> new NotFound("evaluation", requestId));
        if (request.getVersion() != version) {
            throw new EditConflict("evaluation " + requestId, version, request.getVersion());
        }
        request.publish(publish, clock.instant());
        requests.flush();
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUpsOf(long stayId) {
        office();
        return followUps.findByStayIdOrderByNotedAtAsc(stayId);
    }

    /** Notes an activity of the cooperation as a follow-up project of the stay. */
    public FollowUp noteFollowUp(long stayId, Long activityId) {
        office();
        Stay stay = stays.findById(stayId).orElseThrow(() -> new NotFound("stay", stayId));
        if (activityId == null || activities.activities(List.of(activityId)).isEmpty()) {
            throw RuleViolation.at("activityId", "followUp.error.activity");
        }
        if (followUps.existsByStayIdAndActivityId(stayId, activityId)) {
            throw RuleViolation.at("activityId", "followUp.error.exists");
        }
        long programme = calls.findById(stay.getCallId()).orElseThrow().getProgrammeId();
        return followUps.saveAndFlush(
                new FollowUp(stay, programme, activityId, access.user().displayName(), clock.instant()));
    }

    public void removeFollowUp(long stayId, long followUpId) {
        office();
        FollowUp followUp = followUps
                .findById(followUpId)
                .filter(f -> f.getStayId() != null && f.getStayId() == stayId)
                .orElseThrow(() -> new NotFound("follow-up", followUpId));
        followUps.delete(followUp);
    }

    /** The activities named by follow-ups, by id, for their titles. */
    @Transactional(readOnly = true)
    public Map<Long, ActivityLookup.ActivityRef> activitiesOf(List<FollowUp> notes) {
        return activities.activities(
                notes.stream().map(FollowUp::getActivityId).distinct().toList());
    }

    private void office() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office reads evaluations");
        }
    }
}
