package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff exchange keeps about a person (ADR 0037), found by their account (as applicant, supervisor, approver,
 * scorer, mentor, respondent, and by their user name and display names where a record names who acted) and by their
 * e-mail address (applications, a guest's nominations), case ignored.
 *
 * <p>An erasure on request deletes at once what no procedure needs any more: drafts, withdrawn applications, declined
 * ones once the call has closed, withdrawn and declined nominations, cancelled stays, and everything of a call whose
 * retention period has passed; like the retention job ({@link PersonalDataRetention#eraseStays}), it keeps a stay's
 * costs and evaluation points without the person, and an anonymous count of each person erased, so that the call's
 * statistics and the programme's figures stay as they were. It keeps, and says why, an application still in the
 * selection, a pending nomination, a stay not completed, a completed stay until the call's retention ends, and the
 * person's part in other people's records (their approvals, scorecards, mentoring: {@link ExchangeRoles}); in records
 * that outlive the call's personal data (cost lines, follow-ups, certificates, allocations, placements) a name is
 * replaced once that call's personal data is gone.
 */
@Component
class ExchangePersonalData implements PersonalData {

    private final ApplicationRepository applications;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final CallRepository calls;
    private final PlacementRepository placements;
    private final ScorecardRepository scorecards;
    private final AllocationEntryRepository entries;
    private final OfferRepository offers;
    private final StayDocumentRepository documents;
    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final CertificateRepository certificates;
    private final StayBudgetRepository budgets;
    private final StayCostRepository costs;
    private final EvaluationRequestRepository requests;
    private final EvaluationQuestionRepository questions;
    private final FollowUpRepository followUps;
    private final ExchangeStatisticRepository kept;
    private final ExchangeStatistics statistics;
    private final PersonalDataRetention retention;
    private final ExchangeRoles roles;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;
    private final String retentionCron;
    private final String supervisorAfter;

    ExchangePersonalData(
            ApplicationRepository applications,
            NominationRepository nominations,
            StayRepository stays,
            CallRepository calls,
            PlacementRepository placements,
            ScorecardRepository scorecards,
            AllocationEntryRepository entries,
            OfferRepository offers,
            StayDocumentRepository documents,
            AgreementRepository agreements,
            AgreementVersionRepository versions,
            CertificateRepository certificates,
            StayBudgetRepository budgets,
            StayCostRepository costs,
            EvaluationRequestRepository requests,
            EvaluationQuestionRepository questions,
            FollowUpRepository followUps,
            ExchangeStatisticRepository kept,
            ExchangeStatistics statistics,
            PersonalDataRetention retention,
            ExchangeRoles roles,
            StaffDirectory staff,
            Organisation organisation,
            MessageSource messages,
            Clock clock,
            ExchangeProperties settings) {
        this.applications = applications;
        this.nominations = nominations;
        this.stays = stays;
        this.calls = calls;
        this.placements = placements;
        this.scorecards = scorecards;
        this.entries = entries;
        this.offers = offers;
        this.documents = documents;
        this.agreements = agreements;
        this.versions = versions;
        this.certificates = certificates;
        this.budgets = budgets;
        this.costs = costs;
        this.requests = requests;
        this.questions = questions;
        this.followUps = followUps;
        this.kept = kept;
        this.statistics = statistics;
        this.retention = retention;
        this.roles = roles;
        this.staff = staff;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
        this.retentionCron = settings.retentionCron();
        this.supervisorAfter = settings.supervisorFeedbackAfter().toString();
    }

    @Override
    public List<Processing> processing() {
        return ExchangeProcessing.of(retentionCron, supervisorAfter);
    }

    private RecordLookups lookups() {
        return new RecordLookups(calls, placements, questions, organisation, clock);
    }

    // ---------------------------------------------------------------- subject access

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        RecordLookups lookups = lookups();
        List<Item> items = new ArrayList<>();
        Set<Long> ownStays = new HashSet<>();
        List<Application> own = ownApplications(subject);
        for (Application application : own) {
            items.add(applicationItem(application, lookups));
            for (ApplicationStep step : application.getSteps()) {
                items.add(new Item(
                        "ApplicationStep",
                        application.getId() + "/" + step.getSeq(),
                        new ItemValues()
                                .put("application", application.getId())
                                .put("from", step.getFromStatus())
                                .put("to", step.getToStatus())
                                .put("by", step.getActorName())
                                .put("reason", step.getReason())
                                .put("at", step.getHappenedAt())
                                .map()));
            }
            // The scores on the application, without who gave them (another person's data).
            for (Scorecard card : scorecards.findByApplicationIdOrderByScoredAtAsc(application.getId())) {
                items.add(new Item(
                        "ApplicationScore",
                        String.valueOf(card.getId()),
                        new ItemValues()
                                .put("application", application.getId())
                                .put("points", card.getPoints())
                                .put("marks", ExchangeRoles.marks(card))
                                .put("comment", card.getComment())
                                .put("scoredAt", card.getScoredAt())
                                .map()));
            }
            for (AllocationEntry entry : entries.findByApplicationIdIn(List.of(application.getId()))) {
                items.add(new Item(
                        "AllocationEntry",
                        String.valueOf(entry.getId()),
                        new ItemValues()
                                .put("application", application.getId())
                                .put("priority", entry.getPriority())
                                .put("score", entry.getScore())
                                .put("placement", lookups.topic(entry.getPlacementId()))
                                .put("choice", entry.getChoiceNo())
                                .put("proposedPlacement", lookups.topic(entry.getProposedPlacementId()))
                                .put("overridden", entry.isOverridden())
                                .put("overrideReason", entry.getOverrideReason())
                                .put(
                                        "choices",
                                        entry.getChoices().stream()
                                                .map(c -> c.rank() + ". " + lookups.topic(c.placementId()) + ": "
                                                        + c.outcome())
                                                .toList())
                                .map()));
            }
            for (Offer offer : offers.findByApplicationIdOrderByOfferedAtDesc(application.getId())
                    .reversed()) {
                items.add(new Item(
                        "Offer",
                        String.valueOf(offer.getId()),
                        new ItemValues()
                                .put("application", application.getId())
                                .put("placement", lookups.topic(offer.getPlacementId()))
                                .put("offeredAt", offer.getOfferedAt())
                                .put("answerBy", offer.getAnswerBy())
                                .put("status", offer.getStatus())
                                .put("answeredAt", offer.getAnsweredAt())
                                .map()));
            }
            stays.findByApplicationId(application.getId()).ifPresent(stay -> {
                ownStays.add(stay.getId());
                stayItems(stay, lookups, items);
            });
        }
        for (Nomination nomination : ownNominations(subject)) {
            items.add(new Item(
                    "Nomination",
                    String.valueOf(nomination.getId()),
                    new ItemValues()
                            .put("placement", lookups.topic(nomination.getPlacementId()))
                            .put("administration", lookups.unit(nomination.getAdministrationId()))
                            .put("guestName", nomination.getGuestName())
                            .put("guestEmail", nomination.getGuestEmail())
                            .put("guestPosition", nomination.getGuestPosition())
                            .put("guestLanguages", nomination.getGuestLanguages())
                            .put("motivation", nomination.getMotivation())
                            .put("status", nomination.getStatus())
                            .put("reason", nomination.getReason())
                            .put("nominatedAt", nomination.getNominatedAt())
                            .put("decidedAt", nomination.getDecidedAt())
                            .map()));
            stays.findByNominationId(nomination.getId()).ifPresent(stay -> {
                ownStays.add(stay.getId());
                stayItems(stay, lookups, items);
            });
        }
        // Certificates outlive their stays (for the public check): those whose stay is gone are found by the holder.
        for (Certificate certificate : detachedCertificates(subject, ownStays)) {
            items.add(certificateItem(certificate));
        }
        for (ExchangeRoles.Role role :
                roles.find(subject, own, ownStays, lookups).roles()) {
            items.add(new Item(role.kind(), role.id(), role.values()));
        }
        return items;
    }

    private Item applicationItem(Application application, RecordLookups lookups) {
        Call call = lookups.call(application.getCallId());
        return new Item(
                "Application",
                String.valueOf(application.getId()),
                new ItemValues()
                        .put("call", call.getTitleDe())
                        .put("status", application.getStatus())
                        .put("statusSince", application.getStatusSince())
                        .put("createdAt", application.getCreatedAt())
                        .put("submittedAt", application.getSubmittedAt())
                        .put("applicantName", application.getApplicantName())
                        .put("applicantEmail", application.getApplicantEmail())
                        .put("homeUnit", lookups.unit(application.getHomeUnitId()))
                        .put("position", application.getPosition())
                        .put(
                                "languages",
                                application.getLanguages().stream()
                                        .map(skill -> skill.language() + " " + skill.level())
                                        .toList())
                        .put("motivation", application.getMotivation())
                        .put("objectives", application.getObjectives())
                        .put("preferredFrom", application.getPreferredFrom())
                        .put("preferredTo", application.getPreferredTo())
                        .put("weeks", application.getWeeks())
                        .put(
                                "choices",
                                application.getChoices().stream()
                                        .map(lookups::topic)
                                        .toList())
                        .put(
                                "supervisor",
                                application.getSupervisorId() == null
                                        ? null
                                        : staff.staffMember(application.getSupervisorId())
                                                .map(StaffDirectory.StaffMember::displayName)
                                                .orElse("#" + application.getSupervisorId()))
                        .put("remindedAt", application.getRemindedAt())
                        .map());
    }

    /** The stay and what hangs on it: documents (never their content), agreement, certificate, costs, evaluation. */
    private void stayItems(Stay stay, RecordLookups lookups, List<Item> items) {
        items.add(new Item(
                "Stay",
                String.valueOf(stay.getId()),
                new ItemValues()
                        .put("call", lookups.call(stay.getCallId()).getTitleDe())
                        .put("direction", stay.isIncoming() ? "incoming" : "outgoing")
                        .put("placement", lookups.topic(stay.getPlacementId()))
                        .put("partnerAdministration", lookups.unit(stay.getAdministrationId()))
                        .put("berlinUnit", lookups.unit(stay.getBerlinUnitId()))
                        .put("guestName", stay.getGuestName())
                        .put("startsOn", stay.getStartsOn())
                        .put("endsOn", stay.getEndsOn())
                        .put("status", stay.getStatus())
                        .put("mentor", stay.getMentor())
                        .put("cancelReason", stay.getCancelReason())
                        .map()));
        for (StayDocumentInfo document : documents.findInfos(stay.getId())) {
            items.add(new Item(
                    "StayDocument",
                    String.valueOf(document.id()),
                    new ItemValues()
                            .put("stay", stay.getId())
                            .put("title", document.title())
                            .put("fileName", document.fileName())
                            .put("contentType", document.contentType())
                            .put("sizeBytes", document.sizeBytes())
                            .put("uploadedAt", document.uploadedAt())
                            .map()));
        }
        agreements.findByStayId(stay.getId()).ifPresent(agreement -> {
            for (AgreementVersion version : versions.findByAgreementIdOrderByNumberDesc(agreement.getId())
                    .reversed()) {
                AgreementTerms terms = version.terms();
                items.add(new Item(
                        "AgreementVersion",
                        String.valueOf(version.getId()),
                        new ItemValues()
                                .put("stay", stay.getId())
                                .put("version", version.getNumber())
                                .put("periodFrom", terms.periodFrom())
                                .put("periodTo", terms.periodTo())
                                .put("workingLanguage", terms.workingLanguage())
                                .put("objectives", terms.objectives())
                                .put("addedValue", terms.addedValue())
                                .put("activities", terms.activities())
                                .put("outcomes", terms.outcomes())
                                .put("participantCommitments", terms.participantCommitments())
                                .put("sendingCommitments", terms.sendingCommitments())
                                .put("receivingCommitments", terms.receivingCommitments())
                                .put("writtenBy", version.getWrittenBy())
                                .put("writtenAt", version.getWrittenAt())
                                .put("participantApprovedBy", version.getParticipantBy())
                                .put("participantApprovedAt", version.getParticipantAt())
                                .put("sendingApprovedBy", version.getSendingBy())
                                .put("sendingApprovedAt", version.getSendingAt())
                                .put("receivingApprovedBy", version.getReceivingBy())
                                .put("receivingApprovedAt", version.getReceivingAt())
                                .map()));
            }
        });
        certificates.findByStayId(stay.getId()).ifPresent(certificate -> items.add(certificateItem(certificate)));
        budgets.findByStayId(stay.getId()).ifPresent(budget -> {
            items.add(new Item(
                    "StayBudget",
                    String.valueOf(budget.getId()),
                    new ItemValues()
                            .put("stay", stay.getId())
                            .put("year", budget.getYear())
                            .put("stage", budget.getStage())
                            .put("funding", budget.getFunding())
                            .put("country", budget.getCountryCode())
                            .put("days", budget.getDays())
                            .put("nights", budget.getNights())
                            .put("plannedTravel", budget.travel())
                            .put("plannedAccommodation", budget.accommodation())
                            .put("plannedSubsistence", budget.subsistence())
                            .map()));
            for (StayCost cost : costs.findByBudgetIdOrderByPaidOnAscIdAsc(budget.getId(), Pageable.unpaged())) {
                items.add(new Item(
                        "StayCost",
                        String.valueOf(cost.getId()),
                        new ItemValues()
                                .put("stay", stay.getId())
                                .put("category", cost.getCategory())
                                .put("amount", cost.amount())
                                .put("paidOn", cost.getPaidOn())
                                .put("note", cost.getNote())
                                .put("recordedAt", cost.getRecordedAt())
                                .map()));
            }
        });
        // Every party's evaluation of the person's stay: the participant's own, and what the host and the supervisor
        // said about it (without who answered).
        for (EvaluationRequest request : requests.findByStayIdOrderByPartyAsc(stay.getId())) {
            items.add(ExchangeRoles.evaluationItem("Evaluation", request, stay.getId(), lookups));
        }
        for (FollowUp followUp : followUps.findByStayIdOrderByNotedAtAsc(stay.getId())) {
            items.add(new Item(
                    "FollowUp",
                    String.valueOf(followUp.getId()),
                    new ItemValues()
                            .put("stay", stay.getId())
                            .put("activity", followUp.getActivityId())
                            .put("notedAt", followUp.getNotedAt())
                            .map()));
        }
    }

    private static Item certificateItem(Certificate certificate) {
        var checked = certificate.checked();
        return new Item(
                "Certificate",
                String.valueOf(certificate.getId()),
                new ItemValues()
                        .put("stay", certificate.getStayId())
                        .put("number", checked.number())
                        .put("holderName", checked.holderName())
                        .put("host", checked.hostDe())
                        .put("topic", checked.topicDe())
                        .put("startsOn", checked.startsOn())
                        .put("endsOn", checked.endsOn())
                        .put("issuedAt", checked.issuedAt())
                        .map());
    }

    /** The holder's certificates whose stay is no longer there (the call's personal data was erased). */
    private List<Certificate> detachedCertificates(DataSubject subject, Set<Long> ownStays) {
        if (!subject.hasAccount()) {
            return List.of();
        }
        return certificates.findByHolderIdOrderByIssuedAtAsc(subject.accountId()).stream()
                .filter(c -> c.getStayId() == null || !ownStays.contains(c.getStayId()))
                .toList();
    }

    // ---------------------------------------------------------------- erasure

    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        RecordLookups lookups = lookups();
        List<Kept> keptHere = new ArrayList<>();
        Map<Long, List<Application>> goingApplications = new LinkedHashMap<>();
        Map<Long, List<Nomination>> goingNominations = new LinkedHashMap<>();
        List<Stay> goingStays = new ArrayList<>();
        Set<Long> ownStays = new HashSet<>();
        List<Application> own = ownApplications(subject);
        for (Application application : own) {
            Call call = lookups.call(application.getCallId());
            Stay stay = stays.findByApplicationId(application.getId()).orElse(null);
            if (stay != null) {
                ownStays.add(stay.getId());
            }
            Text why = keep(application, stay, call, lookups);
            if (why == null) {
                goingApplications
                        .computeIfAbsent(call.getId(), id -> new ArrayList<>())
                        .add(application);
                if (stay != null) {
                    goingStays.add(stay);
                }
            } else {
                keptHere.add(new Kept("Application", String.valueOf(application.getId()), why));
                if (stay != null) {
                    keptHere.add(new Kept("Stay", String.valueOf(stay.getId()), why));
                }
            }
        }
        for (Nomination nomination : ownNominations(subject)) {
            Stay stay = stays.findByNominationId(nomination.getId()).orElse(null);
            Long callId = stay != null
                    ? Long.valueOf(stay.getCallId())
                    : lookups.callOfPlacement(nomination.getPlacementId());
            if (callId == null) {
                continue;
            }
            if (stay != null) {
                ownStays.add(stay.getId());
            }
            Call call = lookups.call(callId);
            Text why = keep(nomination, stay, call, lookups);
            if (why == null) {
                goingNominations
                        .computeIfAbsent(callId, id -> new ArrayList<>())
                        .add(nomination);
                if (stay != null) {
                    goingStays.add(stay);
                }
            } else {
                keptHere.add(new Kept("Nomination", String.valueOf(nomination.getId()), why));
                if (stay != null) {
                    keptHere.add(new Kept("Stay", String.valueOf(stay.getId()), why));
                }
            }
        }
        Set<Long> erasedCalls = new LinkedHashSet<>(goingApplications.keySet());
        erasedCalls.addAll(goingNominations.keySet());
        // Counted before anything goes, as the call's statistics count them: the counts stay as they were.
        for (Long callId : erasedCalls) {
            Call call = lookups.call(callId);
            if (!call.isErased()) {
                statistics
                        .of(
                                call,
                                goingApplications.getOrDefault(callId, List.of()),
                                goingNominations.getOrDefault(callId, List.of()))
                        .forEach(row -> kept.save(new ExchangeStatistic(callId, row)));
            }
        }
        for (Stay stay : goingStays) {
            // The certificate is its holder's: at their request it goes with the stay.
            certificates.findByStayId(stay.getId()).ifPresent(certificates::delete);
            budgets.findByStayId(stay.getId())
                    .ifPresent(budget -> keptHere.add(new Kept(
                            "StayBudget",
                            String.valueOf(budget.getId()),
                            new Text(
                                    "Die geplanten und tatsächlichen Kosten des gelöschten Aufenthalts bleiben ohne"
                                            + " Bezug zur Person und ohne Notizen, damit die Haushaltszahlen des"
                                            + " Programms aufgehen (Landeshaushaltsordnung).",
                                    "The planned and actual costs of the erased stay stay without the person and"
                                            + " without notes, so that the programme's budget figures add up (Berlin's"
                                            + " budget code)."))));
            if (requests.existsByStayId(stay.getId())) {
                keptHere.add(new Kept(
                        "Evaluation",
                        String.valueOf(stay.getId()),
                        new Text(
                                "Von der Auswertung des gelöschten Aufenthalts bleiben nur die Punkte als anonyme"
                                        + " Zahlen; wer geantwortet hat, die Textantworten und der Erfahrungsbericht"
                                        + " sind gelöscht.",
                                "Of the erased stay's evaluation only the points stay, as anonymous figures; who"
                                        + " answered, the text answers and the experience report are erased.")));
            }
        }
        // A certificate whose stay is gone was kept for the public check of its number: its holder asks for it to go.
        detachedCertificates(subject, ownStays).stream()
                .filter(certificate -> certificate.getStayId() == null)
                .forEach(certificates::delete);
        retention.eraseStays(goingStays, "erasure on request (Art. 17 GDPR)");
        nominations.deleteAll(
                goingNominations.values().stream().flatMap(List::stream).toList());
        applications.deleteAll(
                goingApplications.values().stream().flatMap(List::stream).toList());
        if (!erasedCalls.isEmpty()) {
            keptHere.add(new Kept(
                    "ExchangeStatistic",
                    ItemValues.ids(erasedCalls),
                    new Text(
                            "Je gelöschter Bewerbung oder Nominierung bleibt eine anonyme Zählung in der Statistik der"
                                    + " Ausschreibung (Richtung, Jahr, Berliner Verwaltung, Partnerstadt, Wochen,"
                                    + " Ergebnis); sie nennt niemanden.",
                            "For each application or nomination erased an anonymous count stays in the call's"
                                    + " statistics (direction, year, Berlin administration, partner city, weeks,"
                                    + " outcome); it names nobody.")));
        }
        keptHere.addAll(roles.erase(roles.find(subject, own, ownStays, lookups), lookups));
        return keptHere;
    }

    /** Why the application (with its stay, if it has one) is kept; null if it goes now. */
    private Text keep(Application application, Stay stay, Call call, RecordLookups lookups) {
        if (lookups.retentionOver(call)) {
            return null;
        }
        if (stay != null) {
            return keep(stay, call);
        }
        return switch (application.getStatus()) {
            case DRAFT, WITHDRAWN, PLACED -> null;
            case DECLINED -> clock.instant().isBefore(call.getClosesAt()) ? declinedWhileOpen(call) : null;
            case SUBMITTED, RELEASED, CHECKED, SHORTLISTED -> inSelection(application, call);
        };
    }

    /** Why the nomination (with its stay, if it has one) is kept; null if it goes now. */
    private Text keep(Nomination nomination, Stay stay, Call call, RecordLookups lookups) {
        if (lookups.retentionOver(call)) {
            return null;
        }
        if (stay != null) {
            return keep(stay, call);
        }
        return nomination.getStatus() == NominationStatus.NOMINATED ? pending(call) : null;
    }

    private Text keep(Stay stay, Call call) {
        return switch (stay.getStatus()) {
            case CANCELLED -> null;
            case COMPLETED -> completed(call);
            case PLANNED, CONFIRMED, ONGOING -> notCompleted(stay, call);
        };
    }

    private Text inSelection(Application application, Call call) {
        return new Text(
                "Die Bewerbung ist im Auswahlverfahren (" + label("applicationStatus.", application.getStatus(), true)
                        + "): Führungskraft, Personalstelle und Büro entscheiden über sie. Sie bleibt, bis sie"
                        + " zurückgezogen oder entschieden ist (zurückgezogen kann sie auf Antrag gelöscht werden), und"
                        + " wird spätestens mit den personenbezogenen Daten der Ausschreibung gelöscht, deren"
                        + " Aufbewahrungsfrist am " + ItemValues.date(call.erasureDue(), Locale.GERMAN) + " endet.",
                "The application is in the selection (" + label("applicationStatus.", application.getStatus(), false)
                        + "): the supervisor, HR and the office decide on it. It stays until it is withdrawn or"
                        + " decided (once withdrawn, it can be erased on request), and is erased at the latest with"
                        + " the call's personal data, whose retention period ends on "
                        + ItemValues.date(call.erasureDue(), Locale.ENGLISH) + ".");
    }

    private Text declinedWhileOpen(Call call) {
        return new Text(
                "Die Ablehnung ist die Antwort auf diese Ausschreibung: je Person und Ausschreibung gibt es eine"
                        + " Bewerbung. Sie bleibt, solange die Ausschreibung Bewerbungen annimmt (bis "
                        + ItemValues.date(call.closesLocal().toLocalDate(), Locale.GERMAN)
                        + "), danach wird sie auf Antrag"
                        + " gelöscht, spätestens mit den personenbezogenen Daten der Ausschreibung (Ende der"
                        + " Aufbewahrungsfrist: " + ItemValues.date(call.erasureDue(), Locale.GERMAN) + ").",
                "The decline is the answer to this call: there is one application per person and call. It stays"
                        + " while the call takes applications (until "
                        + ItemValues.date(call.closesLocal().toLocalDate(), Locale.ENGLISH)
                        + "); then it is erased on request,"
                        + " at the latest with the call's personal data (end of the retention period: "
                        + ItemValues.date(call.erasureDue(), Locale.ENGLISH) + ").");
    }

    private Text pending(Call call) {
        return new Text(
                "Die Nominierung wartet auf die Entscheidung der gastgebenden Dienststelle. Die Koordination der"
                        + " Partnerverwaltung kann sie zurückziehen; danach wird sie auf Antrag gelöscht, spätestens"
                        + " mit den personenbezogenen Daten der Ausschreibung (Ende der Aufbewahrungsfrist: "
                        + ItemValues.date(call.erasureDue(), Locale.GERMAN) + ").",
                "The nomination waits for the host unit's decision. The partner administration's coordinator can"
                        + " withdraw it; then it is erased on request, at the latest with the call's personal data (end"
                        + " of the retention period: " + ItemValues.date(call.erasureDue(), Locale.ENGLISH) + ").");
    }

    private Text notCompleted(Stay stay, Call call) {
        return new Text(
                "Der Aufenthalt (" + ItemValues.date(stay.getStartsOn(), Locale.GERMAN) + " bis "
                        + ItemValues.date(stay.getEndsOn(), Locale.GERMAN) + ", "
                        + label("stayStatus.", stay.getStatus(), true)
                        + ") ist nicht abgeschlossen: Lernvereinbarung, Dokumente, Kosten und Betreuung gehören zu ihm,"
                        + " und die Gastverwaltung rechnet mit ihm. Er bleibt mit der Bewerbung oder Nominierung bis zu"
                        + " seinem Abschluss oder seiner Absage (abgesagt kann er auf Antrag gelöscht werden),"
                        + " spätestens bis zum Ende der Aufbewahrungsfrist der Ausschreibung am "
                        + ItemValues.date(call.erasureDue(), Locale.GERMAN) + ".",
                "The stay (" + ItemValues.date(stay.getStartsOn(), Locale.ENGLISH) + " to "
                        + ItemValues.date(stay.getEndsOn(), Locale.ENGLISH) + ", "
                        + label("stayStatus.", stay.getStatus(), false)
                        + ") is not completed: its training agreement, documents, costs and mentoring belong to it,"
                        + " and the host administration counts on it. It stays with its application or nomination"
                        + " until it is completed or cancelled (once cancelled, it can be erased on request), at the"
                        + " latest until the call's retention period ends on "
                        + ItemValues.date(call.erasureDue(), Locale.ENGLISH) + ".");
    }

    private Text completed(Call call) {
        return new Text(
                "Der Aufenthalt ist abgeschlossen. Er bleibt mit Bewerbung oder Nominierung, Lernvereinbarung,"
                        + " Dokumenten, Bescheinigung, Kosten und Auswertung bis zum Ende der Aufbewahrungsfrist der"
                        + " Ausschreibung am " + ItemValues.date(call.erasureDue(), Locale.GERMAN) + " ("
                        + call.getRetentionMonths() + " Monate nach dem Aufenthaltszeitraum): Nachweis der Teilnahme,"
                        + " Auswertung und Abrechnung des Programms (Art. 17 Abs. 3 lit. b und e DSGVO). Dann wird er"
                        + " gelöscht; Kosten und Punkte der Auswertung bleiben ohne Bezug zur Person, die Bescheinigung"
                        + " bleibt für die öffentliche Prüfung ihrer Nummer (auf Antrag wird sie dann gelöscht).",
                "The stay is completed. It stays with its application or nomination, training agreement, documents,"
                        + " certificate, costs and evaluation until the call's retention period ends on "
                        + ItemValues.date(call.erasureDue(), Locale.ENGLISH) + " (" + call.getRetentionMonths()
                        + " months after the stays' window): proof of participation, evaluation and accounting of the"
                        + " programme (Art. 17 (3) (b) and (e) GDPR). Then it is erased; costs and evaluation points"
                        + " stay without the person, the certificate stays for the public check of its number (on"
                        + " request it is then erased).");
    }

    private String label(String prefix, Enum<?> status, boolean german) {
        return messages.getMessage(
                prefix + status.name(), null, status.name(), german ? Locale.GERMAN : Locale.ENGLISH);
    }

    // ---------------------------------------------------------------- the person's own records

    /** The person's applications, by their account and by their e-mail address, oldest first. */
    private List<Application> ownApplications(DataSubject subject) {
        Map<Long, Application> found = new LinkedHashMap<>();
        if (subject.hasAccount()) {
            applications
                    .findByApplicantIdOrderByCreatedAtDesc(subject.accountId())
                    .forEach(a -> found.put(a.getId(), a));
        }
        if (subject.hasEmail()) {
            applications.findByEmailKey(subject.emailKey()).forEach(a -> found.putIfAbsent(a.getId(), a));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Application::getCreatedAt).thenComparing(Application::getId))
                .toList();
    }

    /** The nominations of a guest, who has no account: by the e-mail address their coordinator gave. */
    private List<Nomination> ownNominations(DataSubject subject) {
        return subject.hasEmail() ? nominations.findByEmailKey(subject.emailKey()) : List.of();
    }
}
