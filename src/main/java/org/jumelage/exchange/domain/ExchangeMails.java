package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.mail.Mailer;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.shared.InstallationProperties;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the approval path. Every transition tells the applicant where the application stands and whoever
 * takes the next step that they are waited for; reminders go to that person only. Listeners run after the commit and
 * the event publication registry retries them until the mails are out. Mails are German and English in one text, as
 * the recipients' language is not recorded.
 */
@Component
class ExchangeMails {

    private final ApplicationRepository applications;
    private final NominationRepository nominations;
    private final PlacementRepository placements;
    private final OfferRepository offers;
    private final AllocationEntryRepository entries;
    private final CallService calls;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final EvaluationRequestRepository evaluations;
    private final ProgrammeRepository programmes;

    ExchangeMails(
            ApplicationRepository applications,
            NominationRepository nominations,
            PlacementRepository placements,
            OfferRepository offers,
            AllocationEntryRepository entries,
            CallService calls,
            StaffDirectory staff,
            Organisation organisation,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            InstallationProperties installation,
            EvaluationRequestRepository evaluations,
            ProgrammeRepository programmes) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.applications = applications;
        this.nominations = nominations;
        this.placements = placements;
        this.offers = offers;
        this.entries = entries;
        this.calls = calls;
        this.staff = staff;
        this.organisation = organisation;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = installation.baseUrl();
    }

    @ApplicationModuleListener
    void moved(ApplicationMoved event) {
        Application application = applications.findById(event.applicationId()).orElse(null);
        if (application == null) {
            return; // erased meanwhile: nothing personal is left to write about
        }
        ApplicationStep step = application.getSteps().stream()
                .filter(s -> s.getSeq() == event.seq())
                .findFirst()
                .orElse(null);
        if (step == null) {
            return;
        }
        String link = baseUrl + "/office/exchange/applications/" + application.getId();
        String title = callTitle(application);
        if (application.getApplicantEmail() != null) {
            String reason = step.getReason() == null ? "" : step.getReason();
            send(
                    List.of(application.getApplicantEmail()),
                    both(locale -> text("mail.application.subject", locale, title, status(step.getToStatus(), locale))),
                    both(locale -> text(
                            reason.isEmpty() ? "mail.application.applicant" : "mail.application.applicantReason",
                            locale,
                            title,
                            status(step.getToStatus(), locale),
                            step.getActorName(),
                            reason,
                            link)));
        }
        // Whoever takes the next step; after a withdrawal, whoever was waited for.
        ApplicationStatus waitingAt =
                step.getToStatus() == ApplicationStatus.WITHDRAWN ? step.getFromStatus() : step.getToStatus();
        Set<String> next = approvers(application, waitingAt);
        next.remove(application.getApplicantEmail());
        if (!next.isEmpty()) {
            String key = step.getToStatus() == ApplicationStatus.WITHDRAWN
                    ? "mail.application.withdrawn"
                    : "mail.application.next";
            send(
                    next,
                    both(locale -> text("mail.application.nextSubject", locale, application.getApplicantName(), title)),
                    both(locale -> text(
                            key, locale, application.getApplicantName(), title, stepName(waitingAt, locale), link)));
        }
    }

    /**
     * Applicants without a place learn that the allocation is out and where to read why (those placed are told by
     * their application's step to PLACED).
     */
    @ApplicationModuleListener
    void published(AllocationPublished event) {
        for (AllocationEntry entry : entries.findByAllocationIdOrderByPriorityAsc(event.allocationId())) {
            if (entry.getPlacementId() != null) {
                continue;
            }
            Application application =
                    applications.findById(entry.getApplicationId()).orElse(null);
            if (application == null || application.getApplicantEmail() == null) {
                continue;
            }
            String link = baseUrl + "/office/exchange/applications/" + application.getId();
            String title = callTitle(application);
            send(
                    List.of(application.getApplicantEmail()),
                    both(locale -> text("mail.allocation.subject", locale, title)),
                    both(locale -> text("mail.allocation.noPlace", locale, title, link)));
        }
    }

    /** The alternate offered a freed place learns of it, of where, and by when to answer. */
    @ApplicationModuleListener
    void offered(PlaceOffered event) {
        Offer offer = offers.findById(event.offerId()).orElse(null);
        Application application = offer == null
                ? null
                : applications.findById(offer.getApplicationId()).orElse(null);
        Placement placement = offer == null
                ? null
                : placements.findById(offer.getPlacementId()).orElse(null);
        if (application == null || placement == null || application.getApplicantEmail() == null) {
            return; // erased meanwhile
        }
        String link = baseUrl + "/office/exchange/applications/" + application.getId();
        java.time.ZonedDateTime by = offer.getAnswerBy().atZone(java.time.ZoneId.of("Europe/Berlin"));
        send(
                List.of(application.getApplicantEmail()),
                both(locale -> text("mail.offer.subject", locale, callTitle(application))),
                both(locale -> text(
                        "mail.offer.text",
                        locale,
                        placement.topic(locale),
                        callTitle(application),
                        java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .format(by),
                        link)));
    }

    /**
     * Each party of a due, unanswered evaluation is asked (again) to answer: the participant and the supervisor by
     * their account's address, the host by every coordinator of its administration. The mail names the programme and
     * the host, never the other parties' answers.
     */
    @ApplicationModuleListener
    void evaluationDue(EvaluationDue event) {
        for (EvaluationRequest request : evaluations.findAllById(event.requestIds())) {
            if (request.getStayId() == null || request.getStatus() != EvaluationRequest.Status.OPEN) {
                continue; // erased or answered meanwhile
            }
            List<String> to = request.getParty() == EvaluationQuestion.Party.HOST
                    ? staff.staffOfUnits(organisation.subtree(request.getHostAdministrationId())).stream()
                            .map(StaffMember::email)
                            .filter(java.util.Objects::nonNull)
                            .toList()
                    : staff
                            .staffMember(request.getRespondentId() == null ? -1 : request.getRespondentId())
                            .map(StaffMember::email)
                            .stream()
                            .filter(java.util.Objects::nonNull)
                            .toList();
            if (to.isEmpty()) {
                continue;
            }
            String programme = programmes
                    .findById(request.getProgrammeId())
                    .map(p -> p.getCode())
                    .orElse("");
            Text host = locale -> organisation
                    .unit(request.getHostAdministrationId())
                    .map(u -> u.name(locale))
                    .orElse("");
            String link = baseUrl + "/office/exchange/evaluations/" + request.getId();
            send(
                    to,
                    both(locale -> text("mail.evaluation.subject", locale, programme)),
                    both(locale ->
                            text("mail.evaluation." + request.getParty(), locale, programme, host.in(locale), link)));
        }
    }

    /** At most this many applications are named in one reminder; the mail links to the rest. */
    static final int REMINDER_LINES = 25;

    /**
     * One mail per approver for a reminder run: the applications waiting for them, longest waiting first, and a link
     * to all of them. Role look-ups and call titles are read once per run, not once per application.
     */
    @ApplicationModuleListener
    void remind(ApprovalRemindersDue event) {
        Map<Role, List<StaffMember>> byRole = new EnumMap<>(Role.class);
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Set<Long>> subtrees = new HashMap<>();
        Map<String, List<WaitingApplication>> waiting = new LinkedHashMap<>();
        for (WaitingApplication application :
                applications.findRemindedAt(event.remindedAt(), ApprovalReminders.AWAITING)) {
            for (String approver : approvers(
                    application.status(),
                    application.supervisorId(),
                    application.homeUnitId(),
                    role -> byRole.computeIfAbsent(role, staff::staffWithRole),
                    unit -> subtrees.computeIfAbsent(unit, organisation::subtree))) {
                waiting.computeIfAbsent(approver, key -> new ArrayList<>()).add(application);
            }
        }
        String all = baseUrl + "/office/exchange/approvals";
        waiting.forEach((approver, list) -> send(
                List.of(approver), both(locale -> text("mail.reminder.subject", locale, list.size())), both(locale -> {
                    StringBuilder lines = new StringBuilder();
                    for (WaitingApplication application : list.subList(0, Math.min(list.size(), REMINDER_LINES))) {
                        long days = Duration.between(application.statusSince(), clock.instant())
                                .toDays();
                        String title = titles.computeIfAbsent(application.callId(), this::callTitle);
                        lines.append(text(
                                        "mail.reminder.line",
                                        locale,
                                        application.applicantName(),
                                        title,
                                        String.valueOf(days),
                                        stepName(application.status(), locale),
                                        baseUrl + "/office/exchange/applications/" + application.id()))
                                .append('\n');
                    }
                    if (list.size() > REMINDER_LINES) {
                        lines.append(text("mail.reminder.more", locale, list.size() - REMINDER_LINES))
                                .append('\n');
                    }
                    return text("mail.reminder.text", locale, lines.toString().strip(), all);
                })));
    }

    /**
     * A nomination waits for the host (the editors of the host unit and above, and the office), or it was decided or
     * withdrawn, which the nominating coordinator and the host are told.
     */
    @ApplicationModuleListener
    void nominationChanged(NominationChanged event) {
        Nomination nomination = nominations.findById(event.nominationId()).orElse(null);
        Placement placement = nomination == null
                ? null
                : placements.findById(nomination.getPlacementId()).orElse(null);
        if (placement == null) {
            return; // erased meanwhile
        }
        Set<String> hosts = new LinkedHashSet<>();
        staff.staffWithRole(Role.EDITOR).stream()
                .filter(m ->
                        m.unitId() != null && organisation.subtree(m.unitId()).contains(placement.getHostUnitId()))
                .map(StaffMember::email)
                .forEach(hosts::add);
        staff.staffWithRole(Role.ADMIN).stream().map(StaffMember::email).forEach(hosts::add);
        hosts.removeIf(Objects::isNull);
        String link = baseUrl + "/office/exchange/placements/" + placement.getId();
        // Each language part in its own words: the placement's topic and the administration's name in that language.
        java.util.function.Function<Locale, String> topic = placement::topic;
        java.util.function.Function<Locale, String> from = language -> organisation
                .unit(nomination.getAdministrationId())
                .map(u -> u.name(language))
                .orElse("");
        if (event.status() == org.jumelage.exchange.NominationStatus.NOMINATED) {
            send(
                    hosts,
                    both(locale -> text("mail.nomination.subject", locale, topic.apply(locale))),
                    both(locale -> text(
                            "mail.nomination.new",
                            locale,
                            nomination.getGuestName(),
                            from.apply(locale),
                            topic.apply(locale),
                            link)));
            return;
        }
        // The administration's coordinators as they are now: an account moved elsewhere or disabled hears nothing.
        Set<String> told = new LinkedHashSet<>(hosts);
        staff.staffWithRole(Role.PARTNER_COORDINATOR).stream()
                .filter(m -> m.unitId() != null
                        && organisation
                                .administrationOf(m.unitId())
                                .map(a -> a.id() == nomination.getAdministrationId())
                                .orElse(false))
                .map(StaffMember::email)
                .forEach(told::add);
        told.removeIf(Objects::isNull);
        String reason = nomination.getReason() == null ? "" : nomination.getReason();
        send(
                told,
                both(locale -> text("mail.nomination.subject", locale, topic.apply(locale))),
                both(locale -> text(
                        "mail.nomination.decided",
                        locale,
                        nomination.getGuestName(),
                        topic.apply(locale),
                        messages.getMessage("nominationStatus." + event.status(), null, locale),
                        reason,
                        link)));
    }

    /** The addresses of those who take the step an application waits for in this status. */
    Set<String> approvers(Application application, ApplicationStatus status) {
        return approvers(
                status,
                application.getSupervisorId(),
                application.getHomeUnitId(),
                staff::staffWithRole,
                organisation::subtree);
    }

    private Set<String> approvers(
            ApplicationStatus status,
            Long supervisorId,
            long homeUnitId,
            Function<Role, List<StaffMember>> withRole,
            Function<Long, Set<Long>> subtree) {
        Set<String> to = new LinkedHashSet<>();
        switch (status) {
            case SUBMITTED -> {
                if (supervisorId != null) {
                    staff.staffMember(supervisorId).map(StaffMember::email).ifPresent(to::add);
                }
            }
            case RELEASED ->
                withRole.apply(Role.HR).stream()
                        .filter(m ->
                                m.unitId() != null && subtree.apply(m.unitId()).contains(homeUnitId))
                        .map(StaffMember::email)
                        .forEach(to::add);
            case CHECKED ->
                withRole.apply(Role.ADMIN).stream().map(StaffMember::email).forEach(to::add);
            default -> {}
        }
        to.removeIf(Objects::isNull);
        return to;
    }

    private String callTitle(Application application) {
        return callTitle(application.getCallId());
    }

    private String callTitle(long callId) {
        try {
            return calls.get(callId).title(Locale.GERMAN);
        } catch (org.jumelage.shared.NotFound gone) {
            return "";
        }
    }

    private interface Text {
        String in(Locale locale);
    }

    private static String both(Text text) {
        String german = text.in(Locale.GERMAN);
        String english = text.in(Locale.ENGLISH);
        return german.contains("\n") ? german + "\n\n----\n\n" + english : german + " / " + english;
    }

    private String status(ApplicationStatus status, Locale locale) {
        return messages.getMessage("applicationStatus." + status, null, locale);
    }

    private String stepName(ApplicationStatus status, Locale locale) {
        return messages.getMessage("applicationStep." + status, null, status.name(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** One mail per person: recipients do not see each other's addresses. */
    private void send(java.util.Collection<String> recipients, String subject, String text) {
        for (String recipient : recipients) {
            mailer.send(new OutgoingMail(List.of(recipient), subject.replace("\n", " "), text));
        }
    }
}
