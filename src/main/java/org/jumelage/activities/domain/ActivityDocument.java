package org.jumelage.activities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jumelage.activities.DocumentKind;
import org.jumelage.documents.StoredFile;

/** One version of a document of an activity, kept with the document store like the registry's signed
 * documents; the activity keeps every version. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.search.SearchFeed.class)
@org.jumelage.search.SearchTopic("activity-document")
@Table(name = "activity_document")
public class ActivityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private long activityId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String title;

    @Column(name = "version_no")
    private int number;

    @Embedded
    private StoredFile file;

    protected ActivityDocument() {}

    ActivityDocument(long activityId, DocumentKind kind, String title, int number, StoredFile file) {
        this.activityId = activityId;
        this.kind = kind;
        this.title = title;
        this.number = number;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getNumber() {
        return number;
    }

    public StoredFile file() {
        return file;
    }
}
