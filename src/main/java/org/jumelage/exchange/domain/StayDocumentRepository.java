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
}
