package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a training agreement: its terms, who wrote it when, and each party's approval. A version's terms
 * change only until its first approval; after that a change is a new version.
 */
@Entity
@Table(name = "agreement_version")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class AgreementVersion {

    /** The three parties of the agreement. */
    public enum Party {
        PARTICIPANT,
        SENDING,
        RECEIVING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private long agreementId;

    @Column(name = "version_no")
    private int number;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "working_language")
    private String workingLanguage;

    @org.jumelage.shared.Audited.Personal
    private String objectives;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "added_value")
    private String addedValue;

    @org.jumelage.shared.Audited.Personal
    private String activities;

    @org.jumelage.shared.Audited.Personal
    private String outcomes;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "commitments_participant")
    private String participantCommitments;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "commitments_sending")
    private String sendingCommitments;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "commitments_receiving")
    private String receivingCommitments;

    @Column(name = "written_at")
    private Instant writtenAt;

    @Column(name = "written_by")
    private String writtenBy;

    @Column(name = "participant_at")
    private Instant participantAt;

    @Column(name = "participant_by")
    private String participantBy;

    @Column(name = "sending_at")
    private Instant sendingAt;

    @Column(name = "sending_by")
    private String sendingBy;

    @Column(name = "receiving_at")
    private Instant receivingAt;

    @Column(name = "receiving_by")
    private String receivingBy;

    protected AgreementVersion() {}

    AgreementVersion(long agreementId, int number, AgreementTerms terms, String by, Instant now) {
        this.agreementId = agreementId;
        this.number = number;
        write(terms, by, now);
    }

    void write(AgreementTerms terms, String by, Instant now) {
        if (isApprovedByAnyone()) {
            throw new IllegalStateException("version " + number + " is approved; a change is a new version");
        }
        this.periodFrom = terms.periodFrom();
        this.periodTo = terms.periodTo();
        this.workingLanguage = terms.workingLanguage();
        this.objectives = terms.objectives().strip();
        this.addedValue = terms.addedValue().strip();
        this.activities = terms.activities().strip();
        this.outcomes = terms.outcomes().strip();
        this.participantCommitments = terms.participantCommitments().strip();
        this.sendingCommitments = terms.sendingCommitments().strip();
        this.receivingCommitments = terms.receivingCommitments().strip();
        this.writtenBy = by;
        this.writtenAt = now;
    }

    void approve(Party party, String by, Instant now) {
        switch (party) {
            case PARTICIPANT -> {
                participantAt = now;
                participantBy = by;
            }
            case SENDING -> {
                sendingAt = now;
                sendingBy = by;
            }
            case RECEIVING -> {
                receivingAt = now;
                receivingBy = by;
            }
        }
    }

    public boolean isApprovedBy(Party party) {
        return switch (party) {
            case PARTICIPANT -> participantAt != null;
            case SENDING -> sendingAt != null;
            case RECEIVING -> receivingAt != null;
        };
    }

    public boolean isApprovedByAnyone() {
        return participantAt != null || sendingAt != null || receivingAt != null;
    }

    /** Approved by all three parties: the agreement in force. */
    public boolean isApproved() {
        return participantAt != null && sendingAt != null && receivingAt != null;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(
                periodFrom,
                periodTo,
                workingLanguage,
                objectives,
                addedValue,
                activities,
                outcomes,
                participantCommitments,
                sendingCommitments,
                receivingCommitments);
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getParticipantAt() {
        return participantAt;
    }

    public String getParticipantBy() {
        return participantBy;
    }

    public Instant getSendingAt() {
        return sendingAt;
    }

    public String getSendingBy() {
        return sendingBy;
    }

    public Instant getReceivingAt() {
        return receivingAt;
    }

    public String getReceivingBy() {
        return receivingBy;
    }
}
