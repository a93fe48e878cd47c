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
import java.time.Instant;
import org.jumelage.activities.ParticipantRole;

/**
 * A member of staff (by account id) or an external person taking part in an activity; once anonymised (ADR 0037), an
 * entry that names nobody.
 */
@Entity
public class Participant {

    /** The name an anonymised entry shows (the column needs one): the same in both languages, as it is data. */
    public static final String ANONYMISED = "(anonymisiert / anonymised)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "account_id")
    private Long accountId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "display_name")
    private String displayName;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "name_original")
    private String nameOriginal;

    @Column(name = "name_original_lang")
    private String nameOriginalLang;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "function_title")
    private String functionTitle;

    private String organisation;

    @org.jumelage.shared.Audited.Personal
    private String email;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    @org.jumelage.shared.Audited.Personal
    private String needs;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

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

    /**
     * Erases the person from the entry (ADR 0037): the name is replaced, the account, e-mail address, function, name in
     * the original script and needs are cleared. Organisation and role stay, so that the activity still shows how many
     * took part, from which organisations and in which roles.
     */
    void anonymise(Instant at) {
        accountId = null;
        displayName = ANONYMISED;
        nameOriginal = null;
        nameOriginalLang = null;
        functionTitle = null;
        email = null;
        needs = null;
        anonymisedAt = at;
    }

    Activity activity() {
        return activity;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
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
