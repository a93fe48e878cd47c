package org.jumelage.activities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

/** One item of an activity's programme: a day, optionally a time, a title, a venue and who is responsible. */
@Entity
@Table(name = "programme_item")
public class ProgrammeItem {

    static final Comparator<ProgrammeItem> ORDER = Comparator.comparing(ProgrammeItem::getDay)
            .thenComparing(ProgrammeItem::getStartTime, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "programme_day")
    private LocalDate day;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    private String title;

    private String venue;

    private String responsible;

    protected ProgrammeItem() {}

    ProgrammeItem(
            Activity activity,
            LocalDate day,
            LocalTime startTime,
            LocalTime endTime,
            String title,
            String venue,
            String responsible) {
        this.activity = activity;
        this.day = day;
        this.startTime = startTime;
        this.endTime = endTime;
        this.title = title;
        this.venue = venue;
        this.responsible = responsible;
    }

    /** Takes the person's name off the item (erasure, ADR 0037); the item stays, with nobody named responsible. */
    void clearResponsible() {
        responsible = null;
    }

    Activity activity() {
        return activity;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getTitle() {
        return title;
    }

    public String getVenue() {
        return venue;
    }

    public String getResponsible() {
        return responsible;
    }
}
