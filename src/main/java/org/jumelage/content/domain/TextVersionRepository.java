package org.jumelage.content.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.content.TextKey;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextVersionRepository extends JpaRepository<TextVersion, Long> {

    List<TextVersion> findByKeyAndLocaleOrderByNumberDesc(TextKey key, String locale);

    Optional<TextVersion> findFirstByKeyAndLocaleAndState(TextKey key, String locale, TextVersion.State state);

    @org.springframework.data.jpa.repository.Query(
            "select max(v.savedAt) from TextVersion v where v.state = org.jumelage.content.domain.TextVersion.State.PUBLISHED")
    java.time.Instant findLastPublished();

    @org.springframework.data.jpa.repository.Query(
            "select concat(str(count(v)), ':', str(coalesce(max(v.id), 0))) from TextVersion v")
    String findChangeStamp();
}
