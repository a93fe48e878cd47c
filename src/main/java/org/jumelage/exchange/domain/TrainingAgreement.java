package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A stay's training agreement: which of its versions is current. The version guards against two people changing it at
 * once; the versions themselves are {@link AgreementVersion}s, all kept.
 */
@Entity
@Table(name = "training_agreement")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class TrainingAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stay_id")
    private long stayId;

    @Column(name = "current_no")
    private int currentNumber;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainingAgreement() {}

    TrainingAgreement(long stayId, Instant now) {
        this.stayId = stayId;
        this.currentNumber = 1;
        this.updatedAt = now;
    }

    void newVersion(Instant now) {
        currentNumber++;
        updatedAt = now;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getStayId() {
        return stayId;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
