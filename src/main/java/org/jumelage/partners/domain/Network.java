package org.jumelage.partners.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jumelage.partners.NetworkRole;
import org.jumelage.shared.PartialDate;

/** A network of cities our city belongs to (Eurocities, Metropolis, C40 …), with its role and since when. */
@Entity
@jakarta.persistence.EntityListeners({org.jumelage.shared.ChangeCounter.class, org.jumelage.search.SearchFeed.class})
@org.jumelage.search.SearchTopic("network")
@org.jumelage.shared.ChangeTopic("registry")
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String acronym;
    private String website;

    @Enumerated(EnumType.STRING)
    private NetworkRole role;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "date", column = @Column(name = "since_value")),
        @AttributeOverride(name = "precision", column = @Column(name = "since_precision"))
    })
    private PartialDate since;

    private String notes;

    @Version
    private long version;

    protected Network() {}

    Network(NetworkDetails details) {
        apply(details);
    }

    void apply(NetworkDetails details) {
        this.name = details.name();
        this.acronym = details.acronym();
        this.website = details.website();
        this.role = details.role();
        this.since = details.since();
        this.notes = details.notes();
    }

    public NetworkDetails details() {
        return new NetworkDetails(name, acronym, website, role, since, notes);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getWebsite() {
        return website;
    }

    public NetworkRole getRole() {
        return role;
    }

    public PartialDate getSince() {
        return since;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
