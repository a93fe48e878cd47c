package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jumelage.exchange.domain.AgreementVersion.Party;
import org.jumelage.people.Role;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training agreements of outgoing stays (issue 13): the office or HR of the employee's unit writes it for the sending
 * administration; the participant, the sending side (HR or the office) and the receiving partner administration's
 * coordinator each approve the current version. A change after any approval makes a new version that needs every
 * approval again; every version is kept and can be read.
 */
@Service
@Transactional
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final StayService stays;
    private final ExchangeAccess access;
    private final Clock clock;

    AgreementService(
            AgreementRepository agreements,
            AgreementVersionRepository versions,
            StayService stays,
            ExchangeAccess access,
            Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.stays = stays;
        this.access = access;
        this.clock = clock;
    }

    /** A stay's agreement with its current version. */
    public record Current(TrainingAgreement agreement, AgreementVersion version) {}

    /** The stay's agreement and its current version, if one is written (the stay's viewers may read it). */
    @Transactional(readOnly = true)
    public Optional<Current> of(long stayId) {
        stays.view(stayId);
        return agreements.findByStayId(stayId).map(a -> new Current(a, current(a)));
    }

    /** Every version of the stay's agreement, newest first. */
    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(long stayId) {
        stays.view(stayId);
        return agreements
                .findByStayId(stayId)
                .map(a -> versions.findByAgreementIdOrderByNumberDesc(a.getId()))
                .orElse(List.of());
    }

    /** One version of the stay's agreement. */
    @Transactional(readOnly = true)
    public AgreementVersion version(long stayId, int number) {
        stays.view(stayId);
        return agreements
                .findByStayId(stayId)
                .flatMap(a -> versions.findByAgreementIdAndNumber(a.getId(), number))
                .orElseThrow(() -> new NotFound("agreement version", number));
    }

    /**
     * Whether the person writes the stay's agreement now: the office, or for an outgoing stay HR of the employee's unit
     * (the sending side), until the stay has ended or was cancelled.
     */
    @Transactional(readOnly = true)
    public boolean mayWrite(Stay stay) {
        return mayWriteFor(stay) && !ended(stay);
    }

    private boolean mayWriteFor(Stay stay) {
        return access.isAdmin() || (!stay.isIncoming() && access.holdsRoleFor(Role.HR, stay.getBerlinUnitId()));
    }

    private static boolean ended(Stay stay) {
        return stay.getStatus() == org.jumelage.exchange.StayStatus.COMPLETED
                || stay.getStatus() == org.jumelage.exchange.StayStatus.CANCELLED;
    }

    /**
     * The parties the signed-in person approves for: the participant, the sending side, the receiving side. For an
     * incoming guest, who has no account, the coordinator of the guest's administration approves for the sending side
     * and, once the guest has signed, on the guest's behalf; the office or an editor of Berlin's host unit for the
     * receiving side.
     */
    @Transactional(readOnly = true)
    public Set<Party> partiesOf(Stay stay) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (ended(stay)) {
            return parties;
        }
        if (stay.isIncoming()) {
            if (access.coordinatorAdministration()
                    .map(own -> own == stay.getAdministrationId())
                    .orElse(false)) {
                parties.add(Party.PARTICIPANT);
                parties.add(Party.SENDING);
            }
            if (access.isAdmin() || access.holdsRoleFor(Role.EDITOR, stay.getBerlinUnitId())) {
                parties.add(Party.RECEIVING);
            }
            return parties;
        }
        if (stays.isParticipant(stay)) {
            parties.add(Party.PARTICIPANT);
        }
        if (access.isAdmin() || access.holdsRoleFor(Role.HR, stay.getBerlinUnitId())) {
            parties.add(Party.SENDING);
        }
        if (access.coordinatorAdministration()
                .map(own -> own == stay.getAdministrationId())
                .orElse(false)) {
            parties.add(Party.RECEIVING);
        }
        // Nobody approves for the sending side on their own agreement.
        if (parties.contains(Party.PARTICIPANT)) {
            parties.remove(Party.SENDING);
        }
        return parties;
    }

    /**
     * Writes the agreement: the first version, a change of a version nobody approved yet, or, after any approval, a
     * new version. {@code loadedVersion} is the agreement's version the person loaded (null for a first one).
     */
    public Current write(long stayId, Long loadedVersion, AgreementTerms terms) {
        Stay stay = stays.view(stayId);
        if (!mayWriteFor(stay)) {
            throw new AccessDeniedException("may not write the agreement of stay " + stayId);
        }
        if (ended(stay)) {
            throw new RuleViolation("agreement.error.stayEnded");
        }
        check(stay, terms);
        String by = access.user().displayName();
        Optional<TrainingAgreement> existing = agreements.findForChange(stayId);
        if (existing.isEmpty()) {
            if (loadedVersion != null) {
                throw new EditConflict("agreement of stay " + stayId, loadedVersion, -1);
            }
            TrainingAgreement agreement = agreements.saveAndFlush(new TrainingAgreement(stayId, clock.instant()));
            AgreementVersion first =
                    versions.saveAndFlush(new AgreementVersion(agreement.getId(), 1, terms, by, clock.instant()));
            return new Current(agreement, first);
        }
        TrainingAgreement agreement = existing.get();
        if (loadedVersion == null || agreement.getVersion() != loadedVersion) {
            throw new EditConflict(
                    "agreement of stay " + stayId, loadedVersion == null ? -1 : loadedVersion, agreement.getVersion());
        }
        AgreementVersion current = current(agreement);
        AgreementVersion written;
        if (current.isApprovedByAnyone()) {
            agreement.newVersion(clock.instant());
            written = versions.save(
                    new AgreementVersion(agreement.getId(), agreement.getCurrentNumber(), terms, by, clock.instant()));
        } else {
            current.write(terms, by, clock.instant());
            agreement.touched(clock.instant());
            written = current;
        }
        agreements.saveAndFlush(agreement);
        return new Current(agreement, written);
    }

    /** The person approves the current version for a party they act for, once; refused if it changed meanwhile. */
    public void approve(long stayId, long loadedVersion, Party party) {
        Stay stay = stays.view(stayId);
        if (ended(stay)) {
            throw new RuleViolation("agreement.error.stayEnded");
        }
        if (party == null || !partiesOf(stay).contains(party)) {
            throw new AccessDeniedException("may not approve the agreement of stay " + stayId + " as " + party);
        }
        TrainingAgreement agreement =
                agreements.findForChange(stayId).orElseThrow(() -> new NotFound("agreement", stayId));
        if (agreement.getVersion() != loadedVersion) {
            throw new EditConflict("agreement of stay " + stayId, loadedVersion, agreement.getVersion());
        }
        AgreementVersion current = current(agreement);
        if (current.isApprovedBy(party)) {
            throw new RuleViolation("agreement.error.approvedAlready");
        }
        current.approve(party, access.user().displayName(), clock.instant());
        agreement.touched(clock.instant());
        agreements.saveAndFlush(agreement);
    }

    private AgreementVersion current(TrainingAgreement agreement) {
        return versions.findByAgreementIdAndNumber(agreement.getId(), agreement.getCurrentNumber())
                .orElseThrow();
    }

    /** Every part filled in and not too long; the period within the stay; a language code. */
    private static void check(Stay stay, AgreementTerms terms) {
        if (terms.periodFrom() == null
                || terms.periodTo() == null
                || terms.periodTo().isBefore(terms.periodFrom())) {
            throw RuleViolation.at("periodFrom", "agreement.error.period");
        }
        if (terms.periodFrom().isBefore(stay.getStartsOn()) || terms.periodTo().isAfter(stay.getEndsOn())) {
            throw RuleViolation.at("periodFrom", "agreement.error.periodStay", stay.getStartsOn(), stay.getEndsOn());
        }
        if (terms.workingLanguage() == null || !terms.workingLanguage().matches("[a-z]{2,3}")) {
            throw RuleViolation.at("workingLanguage", "agreement.error.language");
        }
        String[][] texts = {
            {"objectives", terms.objectives()},
            {"addedValue", terms.addedValue()},
            {"activities", terms.activities()},
            {"outcomes", terms.outcomes()},
            {"participantCommitments", terms.participantCommitments()},
            {"sendingCommitments", terms.sendingCommitments()},
            {"receivingCommitments", terms.receivingCommitments()}
        };
        for (String[] text : texts) {
            if (text[1] == null || text[1].isBlank()) {
                throw RuleViolation.at(text[0], "agreement.error.required");
            }
            if (text[1].length() > AgreementTerms.MAX_TEXT) {
                throw RuleViolation.at(text[0], "agreement.error.tooLong");
            }
        }
    }
}
