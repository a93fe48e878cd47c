package org.jumelage.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A visitor's message about a barrier, and whether the office has dealt with it. */
@Entity
public class Feedback {

    public enum Status {
        NEW,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String locale;

    private String page;

    @org.jumelage.shared.Audited.Personal
    private String message;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "sender_name")
    private String senderName;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "sender_email")
    private String senderEmail;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** The sender's client address for a day, for the flood limit; then erased. */
    @org.jumelage.shared.Audited.Personal
    private String client;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private long version;

    protected Feedback() {}

    Feedback(FeedbackDetails details, String locale, Instant receivedAt) {
        this(details, locale, receivedAt, null);
    }

    Feedback(FeedbackDetails details, String locale, Instant receivedAt, String client) {
        this.client = client;
        this.receivedAt = receivedAt;
        this.locale = locale;
        this.page = details.page();
        this.message = details.message();
        this.senderName = details.name();
        this.senderEmail = details.email();
        this.status = Status.NEW;
    }

    void markDone(String by, Instant at) {
        if (status == Status.DONE) {
            return;
        }
        status = Status.DONE;
        handledBy = by;
        handledAt = at;
    }

    /**
     * Forgets who sent the message (an erasure on request): name, e-mail address and client address go, the message
     * and the page it concerns stay for the office to deal with the barrier.
     */
    void forgetSender() {
        senderName = null;
        senderEmail = null;
        client = null;
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getLocale() {
        return locale;
    }

    public String getPage() {
        return page;
    }

    public String getMessage() {
        return message;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    /** The sender's client address, while it is kept (a day, for the flood limit). */
    String getClient() {
        return client;
    }

    public Status getStatus() {
        return status;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public long getVersion() {
        return version;
    }
}
