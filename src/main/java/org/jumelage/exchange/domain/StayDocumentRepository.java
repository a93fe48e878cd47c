package org.jumelage.exchange.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StayDocumentRepository extends JpaRepository<StayDocument, Long> {

    /** The documents' facts without their content. */
    @Query(
            "select new org.jumelage.exchange.domain.StayDocumentInfo(d.id, d.title, d.file.fileName,"
                    + " d.file.contentType, d.file.sizeBytes, d.file.uploadedAt, d.file.uploadedBy) from StayDocument d where d.stayId = :stayId order by d.id")
    List<StayDocumentInfo> findInfos(long stayId);

    @Modifying
    @Query("delete from StayDocument d where d.stayId in :stayIds")
    int deleteByStayIds(java.util.Collection<Long> stayIds);

    @org.springframework.data.jpa.repository.Query("select e.id from StayDocument e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /** For each document: id, its stay, title, file name and checksum (not the content). */
    @org.springframework.data.jpa.repository.Query("select d.id, s, d.title, d.file.fileName, d.file.sha256"
            + " from StayDocument d, Stay s where s.id = d.stayId and d.id in ?1")
    java.util.List<Object[]> findForSearch(java.util.Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("select d.file.content from StayDocument d where d.id = ?1")
    byte[] findContent(long id);

    @org.springframework.data.jpa.repository.Query("select e.id from StayDocument e where e.stayId in ?1")
    java.util.List<Long> findIdsOfStays(java.util.Collection<Long> stayIds);

    /** The documents a user name (in lower case) uploaded: id, stay id, title, upload time. */
    @Query("select d.id, d.stayId, d.title, d.file.uploadedAt from StayDocument d"
            + " where lower(d.file.uploadedBy) = :username order by d.file.uploadedAt, d.id")
    List<Object[]> findUploadedBy(String username);
}
