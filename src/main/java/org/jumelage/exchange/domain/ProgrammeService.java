package org.jumelage.exchange.domain;

import java.util.Comparator;
import java.util.List;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.exchange.ProgrammeStatus;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exchange programmes: the international office (administrators) records and edits them; everyone reads. */
@Service
@Transactional
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final Organisation organisation;
    private final java.time.Clock clock;
    private final ExchangeAccess access;

    private final Evaluations evaluations;

    ProgrammeService(
            ProgrammeRepository programmes,
            Organisation organisation,
            java.time.Clock clock,
            ExchangeAccess access,
            Evaluations evaluations) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return programmes.findAll().stream()
                .sorted(Comparator.comparing((Programme p) -> p.getStatus() == ProgrammeStatus.ENDED)
                        .thenComparing(Programme::getStartYear, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * The programmes the signed-in person may see listed: a partner coordinator only those their administration
     * takes part in, everyone else in the back office all of them.
     */
    @Transactional(readOnly = true)
    public List<Programme> listed() {
        var administration = access.coordinatorAdministration();
        if (!access.isCoordinator()) {
            return all();
        }
        return all().stream()
                .filter(p ->
                        administration.isPresent() && p.getAdministrationIds().contains(administration.get()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFound("programme", id));
    }

    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return JumelageUser.current().map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    public Programme create(String code, ProgrammeDetails details) {
        requireEditor();
        if (code == null || !code.matches("[A-Z0-9-]{2,40}")) {
            throw new RuleViolation("programme.error.code");
        }
        if (programmes.existsByCode(code)) {
            throw new RuleViolation("programme.error.codeTaken", code);
        }
        return withQuestions(programmes.save(new Programme(code, checked(details), clock.instant())));
    }

    /** A new programme asks the default evaluation questions (ADR 0024) until the office changes them. */
    private Programme withQuestions(Programme programme) {
        evaluations.defaultQuestions(programme.getId());
        return programme;
    }

    public void edit(long id, long version, ProgrammeDetails details) {
        requireEditor();
        Programme programme = get(id);
        if (programme.getVersion() != version) {
            throw new EditConflict("programme " + id, version, programme.getVersion());
        }
        programme.apply(checked(details), clock.instant());
    }

    /** For the demo data: the programmes as the office would have recorded them. */
    Programme createExample(String code, ProgrammeDetails details) {
        return withQuestions(programmes.save(new Programme(code, checked(details), clock.instant())));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> lastChange() {
        return java.util.Optional.ofNullable(programmes.findLastChange());
    }

    @Transactional(readOnly = true)
    public String changeStamp() {
        return programmes.findChangeStamp();
    }

    /** The programmes as the public may see them. */
    @Transactional(readOnly = true)
    public List<ExchangeProgrammes.PublicProgramme> publicProgrammes() {
        return all().stream()
                .map(p -> new ExchangeProgrammes.PublicProgramme(
                        p.getCode(),
                        p.getNameDe(),
                        p.getNameEn(),
                        p.getDescriptionDe(),
                        p.getDescriptionEn(),
                        p.getFundingDe(),
                        p.getFundingEn(),
                        p.getStartYear(),
                        p.getEndYear(),
                        p.getStatus(),
                        p.getAdministrationIds().stream()
                                .map(organisation::unit)
                                .flatMap(java.util.Optional::stream)
                                .map(UnitRef::partnerCityId)
                                .filter(java.util.Objects::nonNull)
                                .sorted()
                                .toList()))
                .toList();
    }

    private ProgrammeDetails checked(ProgrammeDetails details) {
        if (details.nameDe() == null
                || details.nameDe().isBlank()
                || details.nameEn() == null
                || details.nameEn().isBlank()) {
            throw new RuleViolation("programme.error.name");
        }
        for (Long unit : details.administrationIds()) {
            UnitRef ref = organisation.unit(unit).orElseThrow(() -> new RuleViolation("programme.error.unknownUnit"));
            if (!ref.kind().isAdministration()) {
                throw new RuleViolation("programme.error.notAdministration", ref.code());
            }
        }
        return details;
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new AccessDeniedException("only administrators edit programmes");
        }
    }
}
