package org.jumelage.partners.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentDocumentRepository extends JpaRepository<InstrumentDocument, Long> {

    @Query("select new org.jumelage.partners.domain.DocumentInfo(d.instrumentId, d.file.fileName, d.file.sizeBytes)"
            + " from InstrumentDocument d where d.instrumentId in :instrumentIds")
    List<DocumentInfo> findInfo(Collection<Long> instrumentIds);
}
