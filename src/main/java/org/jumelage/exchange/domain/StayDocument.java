package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jumelage.documents.StoredFile;

/** A document of a stay, such as the signed agreement: a PDF kept with the document store. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.search.SearchFeed.class)
@org.jumelage.search.SearchTopic("stay-document")
@Table(name = "stay_document")
public class StayDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stay_id")
    private long stayId;

    private String title;

    @Embedded
    private StoredFile file;

    protected StayDocument() {}

    StayDocument(long stayId, String title, StoredFile file) {
        this.stayId = stayId;
        this.title = title;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public long getStayId() {
        return stayId;
    }

    public String getTitle() {
        return title;
    }

    public StoredFile file() {
        return file;
    }
}
