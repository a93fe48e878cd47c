package org.jumelage.partners.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentDocumentRepository extends JpaRepository<InstrumentDocument, Long> {

    @Query("select new org.jumelage.partners.domain.DocumentInfo(d.instrumentId, d.file.fileName, d.file.sizeBytes)"
            + " from InstrumentDocument d where d.instrumentId in :instrumentIds")
    List<DocumentInfo> findInfo(Collection<Long> instrumentIds);

    @org.springframework.data.jpa.repository.Query(
            "select e.instrumentId from InstrumentDocument e where e.instrumentId > ?1 order by e.instrumentId")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    /**
     * For each of these documents: the instrument's id, its relationship (with the city), the file's name and checksum
     * (not its content, which {@link #findContent} reads one file at a time).
     */
    @Query("select d.instrumentId, r, d.file.fileName, d.file.sha256 from InstrumentDocument d, Instrument i"
            + " join i.relationship r join fetch r.city where i.id = d.instrumentId and d.instrumentId in ?1")
    List<Object[]> findOwners(Collection<Long> instrumentIds);

    @Query("select d.file.content from InstrumentDocument d where d.instrumentId = ?1")
    byte[] findContent(long instrumentId);

    /**
     * The signed documents a user name ({@code username} in lower case) uploaded: the instrument's id, its
     * relationship's id, the file name, when and by whom, oldest first (ADR 0037).
     */
    @Query("select d.instrumentId, i.relationship.id, d.file.fileName, d.file.uploadedAt, d.file.uploadedBy"
            + " from InstrumentDocument d, Instrument i where i.id = d.instrumentId"
            + " and lower(d.file.uploadedBy) = :username"
            + " order by d.file.uploadedAt, d.instrumentId")
    List<Object[]> findUploadedBy(String username);
}
