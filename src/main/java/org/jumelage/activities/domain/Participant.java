package org.jumelage.activities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jumelage.activities.ParticipantRole;

/** A member of staff (by account id) or an external person taking part in an activity. */
@Entity
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "name_original")
    private String nameOriginal;

    @Column(name = "name_original_lang")
    private String nameOriginalLang;

    @Column(name = "function_title")
    private String functionTitle;

    private String organisation;

    private String email;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private String needs;

    protected Participant() {}

    Participant(Activity activity, ParticipantDetails details) {
        this.activity = activity;
        this.accountId = details.accountId();
        this.displayName = details.displayName();
        this.nameOriginal = details.nameOriginal();
        this.nameOriginalLang = details.nameOriginalLang();
        this.functionTitle = details.functionTitle();
        this.organisation = details.organisation();
        this.email = details.email();
        this.role = details.role();
        this.needs = details.needs();
    }

    void eraseNeeds() {
        needs = null;
    }

    public boolean isStaff() {
        return accountId != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public String getNameOriginalLang() {
        return nameOriginalLang;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getNeeds() {
        return needs;
    }
}
