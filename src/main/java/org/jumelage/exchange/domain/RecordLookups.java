package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;

/**
 * What the staff exchange's part of a subject-access export or an erasure looks up, once per request: calls,
 * placements' topics, units' names, questions' texts, and whether a call's retention has passed.
 */
final class RecordLookups {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CallRepository callRepository;
    private final PlacementRepository placementRepository;
    private final EvaluationQuestionRepository questionRepository;
    private final Organisation organisation;
    private final LocalDate today;
    private final Map<Long, Call> calls = new HashMap<>();
    private final Map<Long, Optional<Placement>> placements = new HashMap<>();
    private final Map<Long, String> questions = new HashMap<>();
    private Map<Long, UnitRef> units;

    RecordLookups(
            CallRepository calls,
            PlacementRepository placements,
            EvaluationQuestionRepository questions,
            Organisation organisation,
            Clock clock) {
        this.callRepository = calls;
        this.placementRepository = placements;
        this.questionRepository = questions;
        this.organisation = organisation;
        this.today = LocalDate.now(clock.withZone(BERLIN));
    }

    Call call(long id) {
        return calls.computeIfAbsent(id, key -> callRepository.findById(key).orElseThrow());
    }

    /** Whether the call's personal data is erased, or due to be (the nightly run erases it). */
    boolean retentionOver(Call call) {
        return call.isErased() || !call.erasureDue().isAfter(today);
    }

    Long callOfPlacement(long placementId) {
        return placement(placementId).map(Placement::getCallId).orElse(null);
    }

    String topic(Long placementId) {
        return placementId == null
                ? null
                : placement(placementId).map(Placement::getTopicDe).orElse("#" + placementId);
    }

    private Optional<Placement> placement(long id) {
        return placements.computeIfAbsent(id, placementRepository::findById);
    }

    String unit(long id) {
        if (units == null) {
            units = organisation.unitsById();
        }
        UnitRef unit = units.get(id);
        return unit == null ? "#" + id : unit.nameDe();
    }

    String question(long id) {
        return questions.computeIfAbsent(
                id,
                key -> questionRepository
                        .findById(key)
                        .map(EvaluationQuestion::getTextDe)
                        .orElse("#" + key));
    }
}
