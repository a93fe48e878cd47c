package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.exchange.ApplicationStatus;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.InstallationProperties;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications of Berlin's staff: drafts, submission before the deadline (in the call's time zone), withdrawal, and
 * the approval path supervisor → HR → international office. Each step is taken by the one person or role it belongs
 * to, exactly once, and announced by an event that sends the mails.
 */
@Service
@Transactional
public class ApplicationService {

    /** Who takes the step an application waits for. */
    public enum Step {
        SUPERVISOR,
        HR,
        OFFICE;

        /** The step an application in the status waits for, if any. */
        public static Optional<Step> of(ApplicationStatus status) {
            return switch (status) {
                case SUBMITTED -> Optional.of(SUPERVISOR);
                case RELEASED -> Optional.of(HR);
                case CHECKED -> Optional.of(OFFICE);
                default -> Optional.empty();
            };
        }
    }

    private final org.jumelage.shared.DateTexts dates;

    private final ApplicationRepository applications;
    private final CallService calls;
    private final PlacementService placements;
    private final StayRepository stays;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final ExchangeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StayBudgets budgets;

    ApplicationService(
            ApplicationRepository applications,
            CallService calls,
            PlacementService placements,
            StayRepository stays,
            StaffDirectory staff,
            Organisation organisation,
            ExchangeAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            InstallationProperties installation,
            StayBudgets budgets) {
        this.budgets = budgets;
        this.dates = new org.jumelage.shared.DateTexts(installation.timeZone().getId());
        this.applications = applications;
        this.calls = calls;
        this.placements = placements;
        this.stays = stays;
        this.staff = staff;
        this.organisation = organisation;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Application> mine() {
        return applications.findByApplicantIdOrderByCreatedAtDesc(access.user().accountId());
    }

    /**
     * The open calls whose eligible units include the person's unit (the rule of {@link #mayApply}) and that they have
     * no application to yet; the organisation and their applications are looked up once, not once per call.
     */
    @Transactional(readOnly = true)
    public List<Call> openToMe() {
        JumelageUser user = access.user();
        Set<Long> applied =
                applications.findCallIdsByApplicantIdAndStatusNot(user.accountId(), ApplicationStatus.WITHDRAWN);
        return openToMyUnit(user).stream()
                .filter(call -> !applied.contains(call.getId()))
                .toList();
    }

    /** A call open to the person's unit, with their own application to it where they have one (not withdrawn). */
    public record OpenCall(Call call, Application application) {}

    /**
     * Every call open to the person's unit, those they applied to (a draft too) with their application: the start of
     * the exchange never says that no call is open while the person's own draft waits for one.
     *
     * @param mine the person's applications, as {@link #mine()} gives them
     */
    public List<OpenCall> openCallsFor(List<Application> mine) {
        Map<Long, Application> byCall = new HashMap<>();
        mine.stream()
                .filter(application -> application.getStatus() != ApplicationStatus.WITHDRAWN)
                .forEach(application -> byCall.putIfAbsent(application.getCallId(), application));
        return openToMyUnit(access.user()).stream()
                .map(call -> new OpenCall(call, byCall.get(call.getId())))
                .toList();
    }

    private List<Call> openToMyUnit(JumelageUser user) {
        Set<Long> admitting = user.role() == Role.PARTNER_COORDINATOR
                ? Set.of()
                : user.unitId().map(this::unitAndAbove).orElse(Set.of());
        if (admitting.isEmpty()) {
            return List.of();
        }
        return calls.open().stream()
                .filter(call -> call.getEligibleUnitIds().stream().anyMatch(admitting::contains))
                .toList();
    }

    /**
     * The unit and the units above it: a call that names any of them as eligible admits the unit's staff (it lies in
     * that unit's sub-tree). None for a partner city's unit, whose staff never apply.
     */
    private Set<Long> unitAndAbove(long unitId) {
        if (organisation.belongsToPartner(unitId)) {
            return Set.of();
        }
        Map<Long, Long> parents = new HashMap<>();
        organisation.units().forEach(unit -> parents.put(unit.id(), unit.parentId()));
        Set<Long> above = new LinkedHashSet<>();
        Long next = parents.containsKey(unitId) ? unitId : null;
        while (next != null && above.add(next)) {
            next = parents.get(next);
        }
        return above;
    }

    public boolean mayApply(Call call) {
        JumelageUser user = access.user();
        return user.role() != Role.PARTNER_COORDINATOR
                && user.unitId()
                        .map(unit -> homeUnits(call).stream().anyMatch(u -> u.id() == unit))
                        .orElse(false);
    }

    /**
     * The units the signed-in person may name as their home unit for the call: eligible ones (or below one) that are
     * their own unit or lie above it. HR of that unit checks the application, so nobody chooses another unit's HR.
     */
    @Transactional(readOnly = true)
    public List<UnitRef> homeUnitsForMe(Call call) {
        Long own = access.user().unitId().orElse(null);
        if (own == null) {
            return List.of();
        }
        return homeUnits(call).stream()
                .filter(u -> organisation.subtree(u.id()).contains(own))
                .toList();
    }

    /** The Berlin units from which one may apply to the call: the eligible units and the units below them. */
    @Transactional(readOnly = true)
    public List<UnitRef> homeUnits(Call call) {
        Set<Long> ids = new LinkedHashSet<>();
        call.getEligibleUnitIds().forEach(id -> ids.addAll(organisation.subtree(id)));
        return organisation.units().stream()
                .filter(u -> ids.contains(u.id()) && !organisation.belongsToPartner(u.id()))
                .toList();
    }

    /** Refuses partner coordinators, who never apply, nor look for Berlin's staff to name as supervisor. */
    public void requireApplicant() {
        if (access.user().role() == Role.PARTNER_COORDINATOR) {
            throw new AccessDeniedException("partner coordinators do not apply");
        }
    }

    /**
     * Who may be named as supervisor, as the applicant types part of a name: staff of the applicant's unit or a unit
     * above it with an enabled account, not the applicant (by account or e-mail address), no partner coordinator; at
     * most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<StaffMember> supervisorsMatching(String text, int limit) {
        long me = access.user().accountId();
        String myEmail = staff.staffMember(me).map(StaffMember::email).orElse(null);
        // Two more than asked for, so that the applicant's own accounts left out still leave enough.
        return staff.find(text, Set.of(Role.PARTNER_COORDINATOR), supervisingUnits(), limit + 2).stream()
                .filter(m -> mayBeSupervisor(m, me, myEmail))
                .limit(limit)
                .toList();
    }

    /** The member of staff if they may be named as supervisor by the signed-in person (see {@link #supervisorsMatching}). */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffMember> supervisor(long accountId) {
        long me = access.user().accountId();
        String myEmail = staff.staffMember(me).map(StaffMember::email).orElse(null);
        Set<Long> units = supervisingUnits();
        return staff.activeMember(accountId, Set.of(Role.PARTNER_COORDINATOR))
                .filter(m -> m.unitId() != null && units.contains(m.unitId()))
                .filter(m -> mayBeSupervisor(m, me, myEmail));
    }

    /** Who may supervise the applicant works in their unit or a unit above it. */
    private Set<Long> supervisingUnits() {
        return access.user().unitId().map(this::unitAndAbove).orElse(Set.of());
    }

    private static boolean mayBeSupervisor(StaffMember member, long me, String myEmail) {
        return member.accountId() != me && (myEmail == null || !myEmail.equalsIgnoreCase(member.email()));
    }

    /** An application with its personal data: for the applicant and those who decide on it, else "not found". */
    @Transactional(readOnly = true)
    public Application view(long id) {
        return applications.findById(id).filter(this::mayView).orElseThrow(() -> new NotFound("application", id));
    }

    private boolean mayView(Application application) {
        if (access.isAdmin()) {
            return true;
        }
        JumelageUser user = access.user();
        if (user.role() == Role.PARTNER_COORDINATOR) {
            return false;
        }
        // What was never submitted (a draft, or a draft withdrawn) is the applicant's alone.
        if (application.getSubmittedAt() == null) {
            return isApplicant(application);
        }
        return isApplicant(application)
                || Long.valueOf(user.accountId()).equals(application.getSupervisorId())
                || access.holdsRoleFor(Role.HR, application.getHomeUnitId());
    }

    public boolean isApplicant(Application application) {
        return JumelageUser.current()
                .map(u -> Long.valueOf(u.accountId()).equals(application.getApplicantId()))
                .orElse(false);
    }

    /** The step the person may take on the application now, if any. */
    public Optional<Step> stepFor(Application application) {
        Optional<JumelageUser> user = JumelageUser.current();
        if (user.isEmpty() || !independentOf(application, user.get())) {
            return Optional.empty();
        }
        return Step.of(application.getStatus()).filter(step -> switch (step) {
            case SUPERVISOR -> Long.valueOf(user.get().accountId()).equals(application.getSupervisorId());
            case HR -> access.holdsRoleFor(Role.HR, application.getHomeUnitId());
            case OFFICE -> access.isAdmin();
        });
    }

    /**
     * Whether the person may decide on the application: not the applicant (also not under a second account with the
     * applicant's e-mail address), and nobody who has already approved a step of it, so that every step is a second
     * person's.
     */
    private boolean independentOf(Application application, JumelageUser user) {
        if (Long.valueOf(user.accountId()).equals(application.getApplicantId())) {
            return false;
        }
        String email =
                staff.staffMember(user.accountId()).map(StaffMember::email).orElse(null);
        if (email != null && email.equalsIgnoreCase(application.getApplicantEmail())) {
            return false;
        }
        return application.getSteps().stream()
                .filter(s -> s.getToStatus() == ApplicationStatus.RELEASED
                        || s.getToStatus() == ApplicationStatus.CHECKED
                        || s.getToStatus() == ApplicationStatus.SHORTLISTED)
                .noneMatch(s -> Long.valueOf(user.accountId()).equals(s.getActorId()));
    }

    /** Whether the person may place the applicant now: the office, once the application is shortlisted. */
    public boolean mayPlace(Application application) {
        return access.isAdmin()
                && application.getStatus() == ApplicationStatus.SHORTLISTED
                && !isApplicant(application);
    }

    /** Whether anyone named the signed-in person as their supervisor: only then do they have applications to decide. */
    @Transactional(readOnly = true)
    public boolean isSupervisor() {
        return applications.existsBySupervisorId(access.user().accountId());
    }

    /** How many waiting applications the approvals page shows at a time. */
    public static final int APPROVALS_PAGE = 50;

    /**
     * A page of the applications waiting for the person, longest waiting first: the rules of {@link #stepFor} and of
     * independence (not the applicant, under any of their accounts, and nobody who approved a step of it already),
     * asked of the database, so that a supervisor's list does not read every waiting application of the city.
     */
    @Transactional(readOnly = true)
    public Page<Application> awaitingMe(int page) {
        JumelageUser user = access.user();
        Set<Long> hrUnits = user.role() == Role.HR
                ? user.unitId().map(organisation::subtree).orElse(Set.of())
                : Set.of();
        String email = staff.staffMember(user.accountId())
                .map(StaffMember::email)
                .map(address -> address.toLowerCase(java.util.Locale.ROOT))
                .orElse("");
        var selection = awaiting(user.accountId(), hrUnits, access.isAdmin(), email);
        // Grouped by the step to decide (status), each group longest waiting first: with the status leading, the status
        // index (V24) gives the rows in order and the page stops after its rows, instead of testing the four-eyes rule
        // for every candidate and sorting them all (H2 uses an index for an order only when the order begins with the
        // index's first column: the office's list read 8,018 rows, 141 ms; a supervisor's with 1,701 waiting read
        // 10,001; docs/performance.md).
        var order = org.springframework.data.domain.Sort.by("status", "statusSince", "id");
        var request = org.springframework.data.domain.PageRequest.of(Math.max(0, page), APPROVALS_PAGE, order);
        // The rows without a count; the total kept until the exchange changes: the office's count tests the four-eyes
        // rule for every checked application (8,000 in the network-scale data), on every page (docs/performance.md).
        org.springframework.data.domain.Slice<Application> rows = applications.findBy(selection, q -> q.slice(request));
        long total = waitingCounts.count(
                java.util.List.of(user.accountId(), hrUnits, access.isAdmin(), email),
                applications.findChangeCount(),
                () -> applications.count(selection));
        return org.jumelage.shared.KeptCounts.page(rows, request, total);
    }

    /** How many applications wait for each person, kept until the exchange's change counter moves. */
    private final org.jumelage.shared.KeptCounts waitingCounts = new org.jumelage.shared.KeptCounts(256);

    /**
     * The applications waiting for a step of this person: as supervisor those submitted naming them, as HR those
     * released in their units, as the office those checked; only the branches the person can take are asked, so that
     * each finds its rows through its own index (a supervisor's through the supervisor's, V24). Never the person's own
     * application (by account or e-mail address), nor one where they already approved a step.
     */
    private static org.springframework.data.jpa.domain.Specification<Application> awaiting(
            long me, Set<Long> hrUnits, boolean office, String email) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> branches = new java.util.ArrayList<>();
            branches.add(cb.and(
                    cb.equal(root.get("status"), ApplicationStatus.SUBMITTED), cb.equal(root.get("supervisorId"), me)));
            if (!hrUnits.isEmpty()) {
                branches.add(cb.and(
                        cb.equal(root.get("status"), ApplicationStatus.RELEASED),
                        root.get("homeUnitId").in(hrUnits)));
            }
            if (office) {
                branches.add(cb.equal(root.get("status"), ApplicationStatus.CHECKED));
            }
            jakarta.persistence.criteria.Subquery<Long> approved = query.subquery(Long.class);
            jakarta.persistence.criteria.Root<Application> same = approved.correlate(root);
            jakarta.persistence.criteria.Join<Application, ApplicationStep> step = same.join("steps");
            approved.select(step.get("id"))
                    .where(
                            cb.equal(step.get("actorId"), me),
                            step.get("toStatus")
                                    .in(
                                            ApplicationStatus.RELEASED,
                                            ApplicationStatus.CHECKED,
                                            ApplicationStatus.SHORTLISTED));
            return cb.and(
                    branches.size() == 1
                            ? branches.getFirst()
                            : cb.or(branches.toArray(jakarta.persistence.criteria.Predicate[]::new)),
                    cb.notEqual(root.get("applicantId"), me),
                    cb.or(
                            cb.isNull(root.get("applicantEmail")),
                            cb.notEqual(cb.lower(root.get("applicantEmail")), email)),
                    cb.not(cb.exists(approved)));
        };
    }

    @Transactional(readOnly = true)
    public List<Application> ofCall(long callId) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office sees all applications of a call");
        }
        return applications.findByCallIdOrderByIdAsc(callId);
    }

    /** Starts a draft for the signed-in person; one application per person and call. */
    public Application start(long callId, ApplicationDetails details) {
        Call call = calls.get(callId);
        if (call.isErased() || !calls.isOpen(call)) {
            throw new RuleViolation("application.error.callClosed");
        }
        if (!mayApply(call)) {
            throw new AccessDeniedException("the person's unit may not apply to call " + callId);
        }
        JumelageUser user = access.user();
        if (applications.existsByCallIdAndApplicantIdAndStatusNot(
                callId, user.accountId(), ApplicationStatus.WITHDRAWN)) {
            throw new RuleViolation("application.error.exists");
        }
        StaffMember me = staff.staffMember(user.accountId()).orElseThrow();
        long homeUnit = details.homeUnitId() != null
                ? details.homeUnitId()
                : user.unitId().orElseThrow();
        Application application =
                new Application(callId, me.accountId(), me.displayName(), me.email(), homeUnit, clock.instant());
        application.updateDraft(checked(call, details));
        return applications.save(application);
    }

    public void saveDraft(long id, long version, ApplicationDetails details) {
        Application application = own(id, version);
        application.updateDraft(checked(calls.get(application.getCallId()), details));
    }

    /** Submits a complete draft before the deadline; the server's clock decides, in the call's time zone. */
    public void submit(long id, long version) {
        Application application = own(id, version);
        Call call = calls.get(application.getCallId());
        if (!calls.isOpen(call)) {
            // Written in the reader's language, as every page writes a moment (DateTexts).
            throw new RuleViolation(
                    "application.error.deadline",
                    dates.at(call.closesLocal(), call.getTimeZone(), LocaleContextHolder.getLocale()));
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolation("application.error.moved");
        }
        List<String> missing = application.missingForSubmission();
        if (!missing.isEmpty()) {
            throw new IncompleteApplication(missing);
        }
        move(application, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);
    }

    public void withdraw(long id, long version, String reason) {
        Application application = own(id, version);
        if (!application.getStatus().withdrawable()) {
            throw new RuleViolation("application.error.notWithdrawable");
        }
        move(application, application.getStatus(), ApplicationStatus.WITHDRAWN, reason);
    }

    /**
     * The supervisor, HR or the office takes the step the application waits for: approve, or decline with a reason.
     * The version the person saw must still be the current one, so a second click or a colleague's simultaneous
     * decision ends in a conflict instead of a second transition.
     */
    public void decide(long id, long version, boolean approve, String reason) {
        Application application = view(id);
        // The version first: a second click, or a colleague who decided a moment earlier, is told that the step has
        // been taken, not that it is not theirs.
        if (application.getVersion() != version) {
            throw new EditConflict("application " + id, version, application.getVersion());
        }
        ApplicationStatus waiting = application.getStatus();
        stepFor(application)
                .orElseThrow(() -> new AccessDeniedException("not this person's step on application " + id));
        if (!approve && (reason == null || reason.isBlank())) {
            throw new RuleViolation("application.error.reasonRequired");
        }
        ApplicationStatus to = approve ? waiting.approved() : ApplicationStatus.DECLINED;
        move(application, waiting, to, reason);
    }

    /** The office places a shortlisted applicant in one of their choices: the stay is planned. */
    public Stay place(long id, long version, long placementId, LocalDate startsOn, LocalDate endsOn) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office places applicants");
        }
        Application application = view(id);
        if (isApplicant(application)) {
            throw new AccessDeniedException("nobody places their own application");
        }
        if (application.getVersion() != version) {
            throw new EditConflict("application " + id, version, application.getVersion());
        }
        if (application.getStatus() != ApplicationStatus.SHORTLISTED) {
            throw new RuleViolation("application.error.moved");
        }
        if (!application.getChoices().contains(placementId)) {
            throw new RuleViolation("application.error.notAChoice");
        }
        Placement placement = placements.lockForBooking(placementId);
        Call call = calls.get(application.getCallId());
        if (startsOn == null
                || endsOn == null
                || startsOn.isBefore(call.getStaysFrom())
                || endsOn.isAfter(call.getStaysTo())) {
            throw new RuleViolation("placement.error.window", call.getStaysFrom(), call.getStaysTo());
        }
        Stay stay = stays.save(Stay.outgoing(
                application,
                placement,
                access.administrationOf(placement.getHostUnitId()).orElseThrow(),
                startsOn,
                endsOn,
                clock.instant()));
        budgets.follow(stay);
        move(application, ApplicationStatus.SHORTLISTED, ApplicationStatus.PLACED, null);
        return stay;
    }

    /** Moves from the status the caller checked; the application refuses if it no longer stands there. */
    void move(Application application, ApplicationStatus expected, ApplicationStatus to, String reason) {
        JumelageUser user = access.user();
        ApplicationStep step =
                application.move(expected, to, user.accountId(), user.displayName(), reason, clock.instant());
        applications.saveAndFlush(application);
        events.publishEvent(new ApplicationMoved(application.getId(), step.getSeq()));
    }

    /** The applicant's own application at the version they saw. */
    private Application own(long id, long version) {
        Application application = view(id);
        if (!isApplicant(application)) {
            throw new NotFound("application", id);
        }
        if (application.getVersion() != version) {
            throw new EditConflict("application " + id, version, application.getVersion());
        }
        return application;
    }

    /** The answers must fit the call: its units, its placements, its window and durations, a real supervisor. */
    private ApplicationDetails checked(Call call, ApplicationDetails details) {
        if (details.homeUnitId() != null
                && homeUnitsForMe(call).stream().noneMatch(u -> u.id() == details.homeUnitId())) {
            throw new RuleViolation("application.error.unit");
        }
        Collection<Long> choices = details.choices() == null ? List.of() : details.choices();
        for (Long choice : choices) {
            Placement placement = placements.visible(call.getId()).stream()
                    .filter(p -> p.getId().equals(choice) && !p.isIncoming())
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("application.error.unknownPlacement"));
            if (placement.getCallId() != call.getId()) {
                throw new RuleViolation("application.error.unknownPlacement");
            }
        }
        if (details.weeks() != null && (details.weeks() < call.getMinWeeks() || details.weeks() > call.getMaxWeeks())) {
            throw new RuleViolation("placement.error.weeks", call.getMinWeeks(), call.getMaxWeeks());
        }
        if ((details.preferredFrom() != null && details.preferredFrom().isBefore(call.getStaysFrom()))
                || (details.preferredTo() != null && details.preferredTo().isAfter(call.getStaysTo()))) {
            throw new RuleViolation("placement.error.window", call.getStaysFrom(), call.getStaysTo());
        }
        if (details.supervisorId() != null && supervisor(details.supervisorId()).isEmpty()) {
            throw new RuleViolation("application.error.supervisor");
        }
        if (details.languages() != null) {
            for (LanguageSkill skill : details.languages()) {
                if (skill.language() == null || !skill.language().matches("[a-z]{2,3}") || skill.level() == null) {
                    throw new RuleViolation("placement.error.language");
                }
            }
        }
        return details;
    }
}
