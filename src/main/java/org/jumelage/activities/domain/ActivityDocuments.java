package org.jumelage.activities.domain;

import java.util.List;
import org.jumelage.activities.DocumentKind;
import org.jumelage.documents.Accepted;
import org.jumelage.documents.DocumentStore;
import org.jumelage.documents.StoredFile;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Minutes, reports and photos of an activity, checked and named by the {@link DocumentStore}: PDF, JPEG, PNG and
 * office documents (DOCX, XLSX, PPTX, ODT, ODS), each recognised by its content. A new upload with the same kind and
 * title becomes the next version; every earlier version is kept.
 */
@Service
@Transactional
public class ActivityDocuments {

    private final ActivityDocumentRepository documents;
    private final ActivityService activities;
    private final DocumentStore store;

    ActivityDocuments(ActivityDocumentRepository documents, ActivityService activities, DocumentStore store) {
        this.documents = documents;
        this.activities = activities;
        this.store = store;
    }

    /** Stores a document, or its next version; checks the file before anything is stored. */
    public ActivityDocument upload(
            long activityId, long version, DocumentKind kind, String title, String fileName, byte[] content) {
        if (kind == null || title == null || title.isBlank()) {
            throw new RuleViolation("activity.document.error.title");
        }
        StoredFile file = store.accept(fileName, content, Accepted.PDF_IMAGES_OFFICE);
        activities.editable(activityId, version);
        String cleanTitle = documents.findTitles(activityId, kind, title.strip()).stream()
                .findFirst()
                .orElse(title.strip());
        int next = documents.findLatestNumber(activityId, kind, cleanTitle) + 1;
        return documents.save(new ActivityDocument(activityId, kind, cleanTitle, next, file));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(long activityId) {
        return documents.findVersions(activityId);
    }

    @Transactional(readOnly = true)
    public ActivityDocument download(long activityId, long documentId) {
        ActivityDocument document = documents
                .findById(documentId)
                .filter(d -> d.getActivityId() == activityId)
                .orElseThrow(() -> new NotFound("document", documentId));
        document.file().getContent();
        return document;
    }

    public DataSize maxSize() {
        return store.maxSize();
    }
}
