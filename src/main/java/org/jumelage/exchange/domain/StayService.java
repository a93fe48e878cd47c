package org.jumelage.exchange.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jumelage.documents.Accepted;
import org.jumelage.documents.DocumentStore;
import org.jumelage.exchange.StayStatus;
import org.jumelage.people.Role;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stays and their documents. The office sees and manages every stay; a partner city's coordinator sees the stays with
 * their administration (as host or as sender) and adds documents to them; an editor sees the stays of their unit.
 */
@Service
@Transactional
public class StayService {

    private final StayRepository stays;
    private final StayDocumentRepository documents;
    private final ExchangeAccess access;
    private final CallService calls;
    private final DocumentStore store;
    private final Clock clock;
    private final AllocationOffers offers;
    private final ApplicationRepository applications;
    private final StayBudgets budgets;
    private final Evaluations evaluations;

    StayService(
            StayRepository stays,
            StayDocumentRepository documents,
            ExchangeAccess access,
            CallService calls,
            DocumentStore store,
            Clock clock,
            AllocationOffers offers,
            ApplicationRepository applications,
            StayBudgets budgets,
            Evaluations evaluations) {
        this.budgets = budgets;
        this.evaluations = evaluations;
        this.stays = stays;
        this.documents = documents;
        this.access = access;
        this.calls = calls;
        this.store = store;
        this.clock = clock;
        this.offers = offers;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public List<Stay> visible() {
        return stays.findAllByOrderByStartsOnAsc().stream().filter(viewer()).toList();
    }

    /** {@link #mayView} for a whole list: the organisation is looked up once, not once per stay. */
    private Predicate<Stay> viewer() {
        if (access.isAdmin()) {
            return stay -> true;
        }
        if (access.isCoordinator()) {
            Long own = access.coordinatorAdministration().orElse(null);
            return stay -> own != null && own == stay.getAdministrationId();
        }
        Set<Long> hosting = access.unitsWhereHolding(Role.EDITOR);
        return stay -> stay.isIncoming() && hosting.contains(stay.getBerlinUnitId());
    }

    @Transactional(readOnly = true)
    public Stay view(long id) {
        return stays.findById(id).filter(this::mayView).orElseThrow(() -> new NotFound("stay", id));
    }

    /** The stay planned from an application, for its applicant's page (which the caller has already checked). */
    @Transactional(readOnly = true)
    public java.util.Optional<Stay> ofApplication(long applicationId) {
        return stays.findByApplicationId(applicationId);
    }

    private boolean mayView(Stay stay) {
        if (access.isAdmin()) {
            return true;
        }
        if (access.isCoordinator()) {
            return access.coordinatorAdministration()
                    .map(own -> own == stay.getAdministrationId())
                    .orElse(false);
        }
        // A Berlin unit's editor hosts incoming guests; Berlin's own applicants' stays are not theirs to see. An
        // outgoing stay is seen by its participant and by HR of their unit (both approve its training agreement).
        if (stay.isIncoming()) {
            return access.holdsRoleFor(Role.EDITOR, stay.getBerlinUnitId());
        }
        return access.holdsRoleFor(Role.HR, stay.getBerlinUnitId()) || isParticipant(stay);
    }

    /** Whether the signed-in person is the stay's participant: the applicant of the application it was planned from. */
    @Transactional(readOnly = true)
    public boolean isParticipant(Stay stay) {
        return stay.getApplicationId() != null
                && applications
                        .findById(stay.getApplicationId())
                        .map(a -> Long.valueOf(access.user().accountId()).equals(a.getApplicantId()))
                        .orElse(false);
    }

    public boolean mayManage() {
        return access.isAdmin();
    }

    public boolean mayAddDocuments(Stay stay) {
        return mayView(stay) && (access.isAdmin() || access.isCoordinator());
    }

    /** New dates must stay within the call's window: the call's retention is counted from its end. */
    public void reschedule(long id, long version, LocalDate startsOn, LocalDate endsOn, String mentor) {
        Stay stay = managed(id, version);
        Call call = calls.get(stay.getCallId());
        if (startsOn != null
                && endsOn != null
                && (startsOn.isBefore(call.getStaysFrom()) || endsOn.isAfter(call.getStaysTo()))) {
            throw new RuleViolation("placement.error.window", call.getStaysFrom(), call.getStaysTo());
        }
        stay.reschedule(startsOn, endsOn, mentor, clock.instant());
        budgets.follow(stay);
    }

    public void moveTo(long id, long version, StayStatus next, String reason) {
        if (next == null) {
            throw new RuleViolation("stay.error.transition");
        }
        Stay stay = managed(id, version);
        stay.moveTo(next, reason, clock.instant());
        budgets.follow(stay);
        evaluations.stayCompleted(stay);
        // A cancelled place of a published allocation goes to the placement's next alternate.
        stays.flush();
        offers.stayCancelled(stay);
    }

    @Transactional(readOnly = true)
    public List<StayDocumentInfo> documents(long stayId) {
        view(stayId);
        return documents.findInfos(stayId);
    }

    /** Stores a PDF through the document store: the content decides the type and the name's ending. */
    public StayDocument upload(long stayId, String title, String fileName, byte[] content) {
        Stay stay = view(stayId);
        if (!mayAddDocuments(stay)) {
            throw new AccessDeniedException("may not add documents to stay " + stayId);
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new RuleViolation("stay.document.error.title");
        }
        return documents.save(new StayDocument(stayId, title.strip(), store.accept(fileName, content, Accepted.PDF)));
    }

    @Transactional(readOnly = true)
    public StayDocument download(long stayId, long documentId) {
        view(stayId);
        StayDocument document = documents
                .findById(documentId)
                .filter(d -> d.getStayId() == stayId)
                .orElseThrow(() -> new NotFound("document", documentId));
        document.file().getContent();
        return document;
    }

    private Stay managed(long id, long version) {
        if (!mayManage()) {
            throw new AccessDeniedException("the office manages stays");
        }
        Stay stay = view(id);
        if (stay.getVersion() != version) {
            throw new EditConflict("stay " + id, version, stay.getVersion());
        }
        return stay;
    }
}
