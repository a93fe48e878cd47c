package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.PersonalData.Item;
import org.jumelage.shared.PersonalData.Kept;
import org.jumelage.shared.PersonalData.Text;
import org.springframework.stereotype.Component;

/**
 * A person's part in other people's records of the staff exchange (ADR 0037), for {@link ExchangePersonalData}:
 * found by their account (named as supervisor, approval steps, scorecards, mentoring, evaluations asked of them), by
 * their display names (who wrote or approved an agreement, proposed or changed an allocation, recorded a cost, noted a
 * follow-up, issued a certificate, mentored) and by their user name (placements recorded, nominations handled,
 * documents uploaded). On request these are kept, with the reason, while their call holds its personal data; in the
 * records that outlive it (costs, follow-ups, certificates, allocations, placements) the name is replaced by {@value
 * #ERASED_NAME} once that data is gone.
 */
@Component
class ExchangeRoles {

    /** What takes the place of an erased name in a record that outlives the call's personal data. */
    static final String ERASED_NAME = "—";

    private final ApplicationRepository applications;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final PlacementRepository placements;
    private final ScorecardRepository scorecards;
    private final AllocationRepository allocations;
    private final AllocationEntryRepository entries;
    private final StayDocumentRepository documents;
    private final AgreementVersionRepository versions;
    private final CertificateRepository certificates;
    private final StayBudgetRepository budgets;
    private final StayCostRepository costs;
    private final EvaluationRequestRepository requests;
    private final FollowUpRepository followUps;
    private final StaffDirectory staff;

    ExchangeRoles(
            ApplicationRepository applications,
            NominationRepository nominations,
            StayRepository stays,
            PlacementRepository placements,
            ScorecardRepository scorecards,
            AllocationRepository allocations,
            AllocationEntryRepository entries,
            StayDocumentRepository documents,
            AgreementVersionRepository versions,
            CertificateRepository certificates,
            StayBudgetRepository budgets,
            StayCostRepository costs,
            EvaluationRequestRepository requests,
            FollowUpRepository followUps,
            StaffDirectory staff) {
        this.applications = applications;
        this.nominations = nominations;
        this.stays = stays;
        this.placements = placements;
        this.scorecards = scorecards;
        this.allocations = allocations;
        this.entries = entries;
        this.documents = documents;
        this.versions = versions;
        this.certificates = certificates;
        this.budgets = budgets;
        this.costs = costs;
        this.requests = requests;
        this.followUps = followUps;
        this.staff = staff;
    }

    /**
     * One record that names the person for what they did or were asked to do in someone else's procedure.
     *
     * @param recordId the record's id, for an erasure of the name
     * @param callId the call whose personal data the record belongs to; null when it no longer belongs to any
     * @param outlivesCall whether the record stays when the call's personal data is erased (then its name is erased
     *     on request)
     */
    record Role(String kind, String id, long recordId, Long callId, boolean outlivesCall, Map<String, Object> values) {}

    /** The person's part in others' records, and the display names under which they acted. */
    record Found(List<Role> roles, Set<String> names) {}

    /**
     * The records that name the person for their part in others' procedures.
     *
     * @param own the person's own applications (their names there are names they acted under)
     * @param ownStays the person's own stays, whose records are theirs already, not a part in another's
     */
    Found find(DataSubject subject, List<Application> own, Set<Long> ownStays, RecordLookups lookups) {
        List<Role> roles = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        if (subject.hasAccount()) {
            long me = subject.accountId();
            staff.staffMember(me).map(StaffDirectory.StaffMember::displayName).ifPresent(names::add);
            own.stream()
                    .filter(a -> Long.valueOf(me).equals(a.getApplicantId()))
                    .map(Application::getApplicantName)
                    .forEach(names::add);
            for (Application application : applications.findBySupervisorIdOrderByIdAsc(me)) {
                if (Long.valueOf(me).equals(application.getApplicantId())) {
                    continue;
                }
                roles.add(new Role(
                        "SupervisorOf",
                        String.valueOf(application.getId()),
                        application.getId(),
                        application.getCallId(),
                        false,
                        new ItemValues()
                                .put("application", application.getId())
                                .put(
                                        "call",
                                        lookups.call(application.getCallId()).getTitleDe())
                                .put("status", application.getStatus())
                                .map()));
            }
            for (Object[] row : applications.findStepsTakenBy(me)) {
                long applicationId = (Long) row[0];
                ApplicationStep step = (ApplicationStep) row[2];
                names.add(step.getActorName());
                roles.add(new Role(
                        "ApprovalStep",
                        applicationId + "/" + step.getSeq(),
                        applicationId,
                        (Long) row[1],
                        false,
                        new ItemValues()
                                .put("application", applicationId)
                                .put("from", step.getFromStatus())
                                .put("to", step.getToStatus())
                                .put("by", step.getActorName())
                                .put("reason", step.getReason())
                                .put("at", step.getHappenedAt())
                                .map()));
            }
            List<Scorecard> cards = scorecards.findByScorerIdOrderByScoredAtAsc(me);
            Map<Long, Application> scored = byId(
                    applications.findAllById(
                            cards.stream().map(Scorecard::getApplicationId).collect(Collectors.toSet())),
                    Application::getId);
            for (Scorecard card : cards) {
                names.add(card.getScorerName());
                Application application = scored.get(card.getApplicationId());
                roles.add(new Role(
                        "ScorecardGiven",
                        String.valueOf(card.getId()),
                        card.getId(),
                        application == null ? null : application.getCallId(),
                        false,
                        new ItemValues()
                                .put("application", card.getApplicationId())
                                .put("scorerName", card.getScorerName())
                                .put("points", card.getPoints())
                                .put("marks", marks(card))
                                .put("comment", card.getComment())
                                .put("scoredAt", card.getScoredAt())
                                .map()));
            }
            for (Nomination nomination : nominations.findByMentorIdOrderByNominatedAtAsc(me)) {
                roles.add(new Role(
                        "MentorOfNomination",
                        String.valueOf(nomination.getId()),
                        nomination.getId(),
                        lookups.callOfPlacement(nomination.getPlacementId()),
                        false,
                        new ItemValues()
                                .put("nomination", nomination.getId())
                                .put("placement", lookups.topic(nomination.getPlacementId()))
                                .put("status", nomination.getStatus())
                                .map()));
            }
            List<EvaluationRequest> asked = requests.findByRespondentIdOrderByDueOnAscIdAsc(me).stream()
                    .filter(r -> r.getStayId() == null || !ownStays.contains(r.getStayId()))
                    .toList();
            Map<Long, Stay> askedAbout = staysById(asked.stream().map(EvaluationRequest::getStayId));
            for (EvaluationRequest request : asked) {
                Stay stay = request.getStayId() == null ? null : askedAbout.get(request.getStayId());
                Item item = evaluationItem("EvaluationAsked", request, request.getStayId(), lookups);
                roles.add(new Role(
                        item.kind(),
                        item.id(),
                        request.getId(),
                        stay == null ? null : stay.getCallId(),
                        false,
                        item.values()));
            }
        }
        names.removeIf(name -> name == null || name.isBlank());
        if (!names.isEmpty()) {
            namedRoles(names, ownStays, lookups, roles);
        }
        if (subject.username() != null && !subject.username().isBlank()) {
            userRoles(subject.username().toLowerCase(Locale.ROOT), ownStays, lookups, roles);
        }
        return new Found(roles, names);
    }

    /** The records that name the person by display name (who wrote, approved, recorded, issued, mentored). */
    private void namedRoles(Set<String> names, Set<Long> ownStays, RecordLookups lookups, List<Role> roles) {
        for (Stay stay : stays.findByMentorInOrderByStartsOnAsc(names)) {
            if (ownStays.contains(stay.getId())) {
                continue;
            }
            roles.add(new Role(
                    "MentorOfStay",
                    String.valueOf(stay.getId()),
                    stay.getId(),
                    stay.getCallId(),
                    false,
                    new ItemValues()
                            .put("stay", stay.getId())
                            .put("mentor", stay.getMentor())
                            .put("startsOn", stay.getStartsOn())
                            .put("endsOn", stay.getEndsOn())
                            .put("status", stay.getStatus())
                            .map()));
        }
        for (Placement placement : placements.findByMentorInOrderByPeriodFromAsc(names)) {
            roles.add(new Role(
                    "MentorOfPlacement",
                    String.valueOf(placement.getId()),
                    placement.getId(),
                    placement.getCallId(),
                    false,
                    new ItemValues()
                            .put("placement", placement.getTopicDe())
                            .put("mentor", placement.getMentor())
                            .put("periodFrom", placement.getPeriodFrom())
                            .put("periodTo", placement.getPeriodTo())
                            .map()));
        }
        List<Object[]> agreementRows = versions.findByActor(names);
        Map<Long, Stay> agreementStays = staysById(agreementRows.stream().map(row -> (Long) row[0]));
        for (Object[] row : agreementRows) {
            long stayId = (Long) row[0];
            AgreementVersion version = (AgreementVersion) row[1];
            if (ownStays.contains(stayId)) {
                continue;
            }
            Stay stay = agreementStays.get(stayId);
            List<String> did = new ArrayList<>();
            if (names.contains(version.getWrittenBy())) {
                did.add("written " + version.getWrittenAt());
            }
            if (names.contains(version.getParticipantBy())) {
                did.add("approved as participant " + version.getParticipantAt());
            }
            if (names.contains(version.getSendingBy())) {
                did.add("approved for the sending side " + version.getSendingAt());
            }
            if (names.contains(version.getReceivingBy())) {
                did.add("approved for the receiving side " + version.getReceivingAt());
            }
            roles.add(new Role(
                    "AgreementAction",
                    String.valueOf(version.getId()),
                    version.getId(),
                    stay == null ? null : stay.getCallId(),
                    false,
                    new ItemValues()
                            .put("stay", stayId)
                            .put("version", version.getNumber())
                            .put("did", did)
                            .map()));
        }
        for (Allocation allocation : allocations.findByActor(names)) {
            List<String> did = new ArrayList<>();
            if (names.contains(allocation.getProposedBy())) {
                did.add("proposed " + allocation.getProposedAt());
            }
            if (names.contains(allocation.getPublishedBy())) {
                did.add("published " + allocation.getPublishedAt());
            }
            roles.add(new Role(
                    "AllocationDecision",
                    String.valueOf(allocation.getId()),
                    allocation.getId(),
                    allocation.getCallId(),
                    true,
                    new ItemValues()
                            .put("call", lookups.call(allocation.getCallId()).getTitleDe())
                            .put("did", did)
                            .map()));
        }
        List<AllocationEntry> overridden = entries.findByOverriddenByIn(names);
        Map<Long, Allocation> allocationsOf = byId(
                allocations.findAllById(overridden.stream()
                        .map(AllocationEntry::getAllocationId)
                        .collect(Collectors.toSet())),
                Allocation::getId);
        for (AllocationEntry entry : overridden) {
            Allocation allocation = allocationsOf.get(entry.getAllocationId());
            roles.add(new Role(
                    "AllocationOverride",
                    String.valueOf(entry.getId()),
                    entry.getId(),
                    allocation == null ? null : allocation.getCallId(),
                    false,
                    new ItemValues()
                            .put("application", entry.getApplicationId())
                            .put("overriddenBy", entry.getOverriddenBy())
                            .put("reason", entry.getOverrideReason())
                            .map()));
        }
        List<StayCost> recorded = costs.findByRecordedByInOrderByRecordedAtAsc(names);
        Map<Long, StayBudget> budgetsOf = byId(
                budgets.findAllById(recorded.stream().map(StayCost::getBudgetId).collect(Collectors.toSet())),
                StayBudget::getId);
        Map<Long, Stay> costStays = staysById(budgetsOf.values().stream().map(StayBudget::getStayId));
        for (StayCost cost : recorded) {
            StayBudget budget = budgetsOf.get(cost.getBudgetId());
            Stay stay = budget == null || budget.getStayId() == null ? null : costStays.get(budget.getStayId());
            roles.add(new Role(
                    "StayCostRecorded",
                    String.valueOf(cost.getId()),
                    cost.getId(),
                    stay == null ? null : stay.getCallId(),
                    true,
                    new ItemValues()
                            .put("stay", stay == null ? null : stay.getId())
                            .put("recordedBy", cost.getRecordedBy())
                            .put("amount", cost.amount())
                            .put("recordedAt", cost.getRecordedAt())
                            .map()));
        }
        List<FollowUp> noted = followUps.findByNotedByInOrderByNotedAtAsc(names);
        Map<Long, Stay> followUpStays = staysById(noted.stream().map(FollowUp::getStayId));
        for (FollowUp followUp : noted) {
            Stay stay = followUp.getStayId() == null ? null : followUpStays.get(followUp.getStayId());
            roles.add(new Role(
                    "FollowUpNoted",
                    String.valueOf(followUp.getId()),
                    followUp.getId(),
                    stay == null ? null : stay.getCallId(),
                    true,
                    new ItemValues()
                            .put("stay", followUp.getStayId())
                            .put("activity", followUp.getActivityId())
                            .put("notedBy", followUp.getNotedBy())
                            .put("notedAt", followUp.getNotedAt())
                            .map()));
        }
        List<Certificate> issued = certificates.findByIssuedByInOrderByIssuedAtAsc(names);
        Map<Long, Stay> certificateStays = staysById(issued.stream().map(Certificate::getStayId));
        for (Certificate certificate : issued) {
            Stay stay = certificate.getStayId() == null ? null : certificateStays.get(certificate.getStayId());
            // Not the number: with it anyone could read the holder's certificate.
            roles.add(new Role(
                    "CertificateIssued",
                    String.valueOf(certificate.getId()),
                    certificate.getId(),
                    stay == null ? null : stay.getCallId(),
                    true,
                    new ItemValues()
                            .put("stay", certificate.getStayId())
                            .put("issuedBy", certificate.getIssuedBy())
                            .put("issuedAt", certificate.getIssuedAt())
                            .map()));
        }
    }

    /** The records that name the person by user name: placements recorded, nominations handled, documents uploaded. */
    private void userRoles(String username, Set<Long> ownStays, RecordLookups lookups, List<Role> roles) {
        for (Placement placement : placements.findCreatedBy(username)) {
            roles.add(new Role(
                    "PlacementRecorded",
                    String.valueOf(placement.getId()),
                    placement.getId(),
                    placement.getCallId(),
                    true,
                    new ItemValues()
                            .put("placement", placement.getTopicDe())
                            .put("recordedBy", placement.getCreatedBy())
                            .map()));
        }
        for (Nomination nomination : nominations.findHandledBy(username)) {
            List<String> did = new ArrayList<>();
            if (username.equalsIgnoreCase(nomination.getNominatedBy())) {
                did.add("nominated " + nomination.getNominatedAt());
            }
            if (username.equalsIgnoreCase(nomination.getDecidedBy())) {
                did.add(nomination.getStatus() + " " + nomination.getDecidedAt());
            }
            roles.add(new Role(
                    "NominationHandled",
                    String.valueOf(nomination.getId()),
                    nomination.getId(),
                    lookups.callOfPlacement(nomination.getPlacementId()),
                    false,
                    new ItemValues()
                            .put("nomination", nomination.getId())
                            .put("placement", lookups.topic(nomination.getPlacementId()))
                            .put("did", did)
                            .map()));
        }
        List<Object[]> uploaded = documents.findUploadedBy(username);
        Map<Long, Stay> documentStays = staysById(uploaded.stream().map(row -> (Long) row[1]));
        for (Object[] row : uploaded) {
            long stayId = (Long) row[1];
            if (ownStays.contains(stayId)) {
                continue;
            }
            Stay stay = documentStays.get(stayId);
            roles.add(new Role(
                    "StayDocumentUploaded",
                    String.valueOf(row[0]),
                    (Long) row[0],
                    stay == null ? null : stay.getCallId(),
                    false,
                    new ItemValues()
                            .put("stay", stayId)
                            .put("title", row[2])
                            .put("uploadedAt", row[3])
                            .map()));
        }
    }

    /**
     * The person's part in others' records: in a record that outlives its call's personal data, once that data is gone
     * (or due to go), the name is replaced by {@value #ERASED_NAME}; everything else is kept, with the reason, until
     * the call's retention ends.
     */
    List<Kept> erase(Found found, RecordLookups lookups) {
        Map<String, List<Role>> keptRoles = new LinkedHashMap<>();
        Map<String, List<Long>> erasable = new LinkedHashMap<>();
        for (Role role : found.roles()) {
            boolean gone = role.callId() == null || lookups.retentionOver(lookups.call(role.callId()));
            if (role.outlivesCall() && gone) {
                erasable.computeIfAbsent(role.kind(), kind -> new ArrayList<>()).add(role.recordId());
            } else {
                keptRoles
                        .computeIfAbsent(role.kind(), kind -> new ArrayList<>())
                        .add(role);
            }
        }
        erasable.forEach((kind, ids) -> {
            switch (kind) {
                case "PlacementRecorded" -> placements.eraseCreator(ids, ERASED_NAME);
                case "StayCostRecorded" -> costs.eraseRecorder(ids, ERASED_NAME);
                case "FollowUpNoted" -> followUps.eraseNoter(ids, ERASED_NAME);
                case "CertificateIssued" -> certificates.eraseIssuer(ids, ERASED_NAME);
                case "AllocationDecision" -> {
                    allocations.eraseProposer(ids, found.names(), ERASED_NAME);
                    allocations.erasePublisher(ids, found.names(), ERASED_NAME);
                }
                default -> throw new IllegalStateException("no erasure for " + kind);
            }
        });
        List<Kept> result = new ArrayList<>();
        keptRoles.forEach((kind, kept) -> {
            LocalDate latest = kept.stream()
                    .map(Role::callId)
                    .filter(java.util.Objects::nonNull)
                    .map(id -> lookups.call(id).erasureDue())
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            String until = latest == null ? "" : ItemValues.date(latest, Locale.GERMAN);
            String untilEn = latest == null ? "" : ItemValues.date(latest, Locale.ENGLISH);
            boolean outlives = kept.getFirst().outlivesCall();
            result.add(new Kept(
                    kind,
                    ItemValues.ids(kept.stream().map(Role::id).toList()),
                    outlives
                            ? new Text(
                                    "Der Name steht in einem Datensatz, der die personenbezogenen Daten der"
                                            + " Ausschreibung überdauert (Kosten, Folgeprojekt, Bescheinigung, Vergabe,"
                                            + " Platz). Er bleibt, solange die Ausschreibung ihre personenbezogenen"
                                            + " Daten hält, als Nachweis, wer gehandelt hat (Art. 17 Abs. 3 lit. b und"
                                            + " e DSGVO; Ende der Aufbewahrungsfrist: " + until + "); danach wird er"
                                            + " auf Antrag entfernt.",
                                    "The name is in a record that outlives the call's personal data (costs, follow-up,"
                                            + " certificate, allocation, placement). It stays while the call holds its"
                                            + " personal data, as proof of who acted (Art. 17 (3) (b) and (e) GDPR; end"
                                            + " of the retention period: " + untilEn + "); then it is removed on"
                                            + " request.")
                            : new Text(
                                    "Teil des Vorgangs einer anderen Person (Bewerbung, Nominierung, Aufenthalt): hält"
                                            + " fest, wer in welcher Rolle gehandelt, entschieden oder betreut hat,"
                                            + " damit das Verfahren nachvollziehbar bleibt (Art. 17 Abs. 3 lit. b und e"
                                            + " DSGVO). Wird mit den personenbezogenen Daten der Ausschreibung"
                                            + " gelöscht (Ende der Aufbewahrungsfrist: spätestens " + until + ").",
                                    "Part of another person's record (application, nomination, stay): shows who acted,"
                                            + " decided or mentored in which role, so that the procedure can be traced"
                                            + " (Art. 17 (3) (b) and (e) GDPR). Erased with the call's personal data"
                                            + " (end of the retention period: " + untilEn + " at the latest).")));
        });
        return result;
    }

    private Map<Long, Stay> staysById(java.util.stream.Stream<Long> ids) {
        Set<Long> wanted = ids.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : byId(stays.findAllById(wanted), Stay::getId);
    }

    private static <T> Map<Long, T> byId(List<T> all, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        all.forEach(one -> byId.put(id.apply(one), one));
        return byId;
    }

    /** A request's answers, report and consent, without who answered. */
    static Item evaluationItem(String kind, EvaluationRequest request, Long stayId, RecordLookups lookups) {
        return new Item(
                kind,
                String.valueOf(request.getId()),
                new ItemValues()
                        .put("stay", stayId)
                        .put("party", request.getParty())
                        .put("status", request.getStatus())
                        .put("dueOn", request.getDueOn())
                        .put("reminders", request.getReminders())
                        .put("answeredAt", request.getAnsweredAt())
                        .put(
                                "answers",
                                request.getAnswers().stream()
                                        .map(answer -> lookups.question(answer.questionId()) + ": "
                                                + (answer.points() != null ? answer.points() : answer.text()))
                                        .toList())
                        .put("report", request.getReport())
                        .put(
                                "consentToPublish",
                                request.getParty() == EvaluationQuestion.Party.PARTICIPANT ? request.isConsent() : null)
                        .put(
                                "published",
                                request.getParty() == EvaluationQuestion.Party.PARTICIPANT
                                        ? request.isPublished()
                                        : null)
                        .map());
    }

    /** A scorecard's marks, one per criterion. */
    static List<String> marks(Scorecard card) {
        return card.getMarks().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
    }
}
