package org.jumelage.activities.domain;

import java.util.List;
import org.jumelage.activities.DocumentKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityDocumentRepository extends JpaRepository<ActivityDocument, Long> {

    /** Every version's facts, without the content: the detail page lists them. */
    @Query("select new org.jumelage.activities.domain.DocumentVersion(d.id, d.kind, d.title, d.number,"
            + " d.file.fileName, d.file.contentType, d.file.sizeBytes, d.file.uploadedAt, d.file.uploadedBy) from ActivityDocument d"
            + " where d.activityId = :activityId order by d.kind, d.title, d.number desc")
    List<DocumentVersion> findVersions(long activityId);

    @Query("select coalesce(max(d.number), 0) from ActivityDocument d"
            + " where d.activityId = :activityId and d.kind = :kind and lower(d.title) = lower(:title)")
    int findLatestNumber(long activityId, DocumentKind kind, String title);

    /** The spelling an existing document's title has, so that "protokoll" continues "Protokoll". */
    @Query("select d.title from ActivityDocument d"
            + " where d.activityId = :activityId and d.kind = :kind and lower(d.title) = lower(:title)"
            + " order by d.number desc")
    List<String> findTitles(long activityId, DocumentKind kind, String title);

    @Query("select d.id from ActivityDocument d where d.id > ?1 order by d.id")
    List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /** For each document: id, its activity, title, version number, file name and checksum (not the content). */
    @Query("select d.id, a, d.title, d.number, d.file.fileName, d.file.sha256 from ActivityDocument d, Activity a"
            + " where a.id = d.activityId and d.id in ?1")
    List<Object[]> findForSearch(java.util.Collection<Long> ids);

    @Query("select d.file.content from ActivityDocument d where d.id = ?1")
    byte[] findContent(long id);

    /**
     * The versions a user name ({@code username} in lower case) uploaded: id, activity id, title, version number, file
     * name, when and by whom, oldest first (ADR 0037).
     */
    @Query("select d.id, d.activityId, d.title, d.number, d.file.fileName, d.file.uploadedAt, d.file.uploadedBy"
            + " from ActivityDocument d where lower(d.file.uploadedBy) = :username order by d.file.uploadedAt, d.id")
    List<Object[]> findUploadedBy(String username);
}
