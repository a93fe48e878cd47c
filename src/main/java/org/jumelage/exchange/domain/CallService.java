package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for applications; administrators of the international office publish them. */
@Service
@Transactional
public class CallService {

    private final CallRepository calls;
    private final ProgrammeService programmes;
    private final Organisation organisation;
    private final Clock clock;

    CallService(CallRepository calls, ProgrammeService programmes, Organisation organisation, Clock clock) {
        this.calls = calls;
        this.programmes = programmes;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Call> all() {
        return calls.findAllByOrderByClosesAtDesc();
    }

    /** Every call's title, latest deadline first, as of a change stamp of the calls. */
    private record Titles(String stamp, List<CallTitle> titles) {}

    private volatile Titles titles;

    /**
     * Every call's title, latest deadline first, read without the calls' collections and kept until a call changes:
     * the placements' pages name calls on every request, and reading the calls with their languages and eligible units
     * was most of their time (docs/performance.md).
     */
    @Transactional(readOnly = true)
    public List<CallTitle> titles() {
        String stamp = calls.findChangeStamp();
        Titles known = titles;
        if (known != null && known.stamp().equals(stamp)) {
            return known.titles();
        }
        List<CallTitle> read = List.copyOf(calls.findTitles());
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            titles = new Titles(stamp, read);
        }
        return read;
    }

    /** The titles of the calls the signed-in person may see listed: a partner coordinator only those of their programmes. */
    @Transactional(readOnly = true)
    public List<CallTitle> listedTitles() {
        java.util.Set<Long> visible =
                programmes.listed().stream().map(Programme::getId).collect(java.util.stream.Collectors.toSet());
        return titles().stream().filter(c -> visible.contains(c.programmeId())).toList();
    }

    /** How many calls the list of calls shows at a time. */
    public static final int PAGE_SIZE = 25;

    /**
     * A page of the calls the signed-in person may see listed (a partner coordinator only those of their programmes),
     * latest deadline first.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Call> listed(int page) {
        java.util.Set<Long> visible =
                programmes.listed().stream().map(Programme::getId).collect(java.util.stream.Collectors.toSet());
        var request = org.springframework.data.domain.PageRequest.of(Math.max(0, page), PAGE_SIZE);
        if (visible.isEmpty()) {
            return org.springframework.data.domain.Page.empty(request);
        }
        return calls.findByProgrammeIdInOrderByClosesAtDescIdDesc(visible, request);
    }

    @Transactional(readOnly = true)
    public List<Call> open() {
        return calls.findOpen(clock.instant());
    }

    @Transactional(readOnly = true)
    public Call get(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFound("call", id));
    }

    @Transactional(readOnly = true)
    public boolean isOpen(Call call) {
        return call.isOpen(clock.instant());
    }

    public Call create(CallDetails details) {
        requireEditor();
        return calls.save(new Call(checked(details), clock.instant()));
    }

    public void edit(long id, long version, CallDetails details) {
        requireEditor();
        Call call = get(id);
        if (call.getVersion() != version) {
            throw new EditConflict("call " + id, version, call.getVersion());
        }
        call.apply(checked(details), clock.instant());
    }

    /** For the demo data. */
    Call createExample(CallDetails details) {
        return calls.save(new Call(checked(details), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lastChange() {
        return java.util.stream.Stream.of(calls.findLastChange(), calls.findLastWindowChange(clock.instant()))
                .filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo);
    }

    @Transactional(readOnly = true)
    public String changeStamp() {
        return calls.findChangeStamp() + ":" + calls.findLastWindowChange(clock.instant());
    }

    /** The programme must exist; those who may apply are Berlin's own units, never a partner city's. */
    private CallDetails checked(CallDetails details) {
        if (programmes.all().stream().noneMatch(p -> p.getId() == details.programmeId())) {
            throw new RuleViolation("call.error.unknownProgramme");
        }
        if (details.titleDe() == null
                || details.titleDe().isBlank()
                || details.titleEn() == null
                || details.titleEn().isBlank()) {
            throw new RuleViolation("call.error.title");
        }
        for (Long unitId : details.eligibleUnitIds()) {
            UnitRef unit = organisation.unit(unitId).orElseThrow(() -> new RuleViolation("call.error.unknownUnit"));
            if (organisation.belongsToPartner(unit.id())) {
                throw new RuleViolation("call.error.partnerUnit", unit.code());
            }
        }
        return details;
    }

    private void requireEditor() {
        if (!programmes.mayEdit()) {
            throw new AccessDeniedException("only administrators publish calls");
        }
    }
}
