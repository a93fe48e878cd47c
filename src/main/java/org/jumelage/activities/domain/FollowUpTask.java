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

/** Something to do after an activity: who, by when, done or not. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    private String title;

    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private boolean done;

    protected FollowUpTask() {}

    FollowUpTask(Activity activity, String title, String owner, LocalDate dueDate) {
        this.activity = activity;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    /** Takes the person's name off the task (erasure, ADR 0037); the task stays, given to nobody. */
    void unassign() {
        owner = null;
    }

    Activity activity() {
        return activity;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }
}
