package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A follow-up project a stay led to between the two administrations: an activity of the registry's cooperation
 * (activities module), named by its id. Counted in the programme's impact; kept without the stay after its erasure.
 */
@Entity
@Table(name = "exchange_follow_up")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stay_id")
    private Long stayId;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "year_no")
    private int year;

    @Column(name = "activity_id")
    private long activityId;

    @Column(name = "noted_by")
    private String notedBy;

    @Column(name = "noted_at")
    private Instant notedAt;

    protected FollowUp() {}

    FollowUp(Stay stay, long programmeId, long activityId, String notedBy, Instant now) {
        this.stayId = stay.getId();
        this.programmeId = programmeId;
        this.year = stay.getStartsOn().getYear();
        this.activityId = activityId;
        this.notedBy = notedBy;
        this.notedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStayId() {
        return stayId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getNotedBy() {
        return notedBy;
    }

    public Instant getNotedAt() {
        return notedAt;
    }
}
