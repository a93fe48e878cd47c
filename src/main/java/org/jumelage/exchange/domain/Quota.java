package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jumelage.shared.RuleViolation;

/**
 * How many of Berlin's staff a partner city's administration takes in a year, as agreed with that city: a limit the
 * allocation holds across every placement of that administration whose stay begins in that year. Not a registry
 * instrument: it is the exchange's own agreement, changed from year to year.
 */
@Entity
@Table(name = "exchange_quota")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class Quota {

    /** The most places a quota may give in a year: a typo's guard, far above any exchange's size. */
    static final int MAX_PLACES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "administration_id")
    private long administrationId;

    @Column(name = "year_no")
    private int year;

    private int places;

    private String note;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Quota() {}

    Quota(long administrationId, int year, int places, String note, Instant now) {
        this.administrationId = administrationId;
        if (year < 2000 || year > 2100) {
            throw RuleViolation.at("year", "quota.error.year");
        }
        this.year = year;
        change(places, note, now);
    }

    void change(int places, String note, Instant now) {
        if (places < 0 || places > MAX_PLACES) {
            throw RuleViolation.at("places", "quota.error.places", MAX_PLACES);
        }
        if (note != null && note.length() > 500) {
            throw RuleViolation.at("note", "quota.error.note");
        }
        this.places = places;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAdministrationId() {
        return administrationId;
    }

    public int getYear() {
        return year;
    }

    public int getPlaces() {
        return places;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
