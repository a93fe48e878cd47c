package org.jumelage.search.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SearchEntryRepository extends JpaRepository<SearchEntry, Long> {

    List<SearchEntry> findByTopicAndRefIdIn(String topic, Collection<Long> refIds);

    /** Entries no rebuild since {@code since} has described again: their records are gone. */
    @Query("select e.id from SearchEntry e where e.indexedAt < ?1")
    List<Long> idsIndexedBefore(Instant since);

    @Query("select e.id from SearchEntry e where e.topic not in ?1")
    List<Long> idsOfTopicsOtherThan(Collection<String> topics);

    /**
     * What a result page shows of these entries: titles and addresses, and the start of the text for a hit whose words
     * are all in its title (no snippet then); never the whole texts.
     */
    @Query("""
            select new org.jumelage.search.domain.SearchHitRow(e.id, e.topic, e.variant, e.titleDe, e.titleEn,
                e.officePath, e.pathDe, e.pathEn, substring(coalesce(nullif(trim(e.body), ''), e.fileText, ''), 1, ?2))
            from SearchEntry e where e.id in ?1""")
    List<SearchHitRow> findHitRows(Collection<Long> ids, int length);

    @Modifying
    @Query("delete from SearchEntry e where e.id in ?1")
    void deleteByIds(Collection<Long> ids);
}
