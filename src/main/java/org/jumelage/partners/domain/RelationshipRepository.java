package org.jumelage.partners.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RelationshipRepository extends JpaRepository<Relationship, Long>, JpaSpecificationExecutor<Relationship> {

    @Override
    @EntityGraph(attributePaths = "city")
    Page<Relationship> findAll(Specification<Relationship> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "city")
    List<Relationship> findAll(Specification<Relationship> specification, org.springframework.data.domain.Sort sort);

    @EntityGraph(attributePaths = "city")
    Optional<Relationship> findWithCityById(long id);

    /** Relationships not in the excluded status whose first instrument lies in one of the years, as plain values. */
    @Query("select new org.jumelage.partners.domain.Anniversaries$Dated(r.id, c.nameDe, c.nameEn, r.firstInstrument)"
            + " from Relationship r join r.city c where r.firstInstrument.date is not null"
            + " and r.status <> :excluded and extract(year from r.firstInstrument.date) in :years")
    List<Anniversaries.Dated> findDatedExcept(RelationshipStatus excluded, java.util.Collection<Integer> years);

    /** How many relationships there are of each type in each status: rows of type, status and count. */
    @Query("select r.type, r.status, count(r) from Relationship r group by r.type, r.status")
    List<Object[]> countByTypeAndStatus();

    List<Relationship> findByCityId(long cityId);

    /** The reports' selection: of one city or all, agreed by the end of a year (null: all, undated ones too). */
    String REPORTED = " from Relationship r join r.city c where (:cityId is null or c.id = :cityId)"
            + " and (:toYear is null or year(r.firstInstrument.date) <= :toYear)";

    @Query("select r.type, r.status, count(r)" + REPORTED + " group by r.type, r.status")
    List<Object[]> countReportedByTypeAndStatus(Long cityId, Integer toYear);

    @Query("select c.countryCode, count(r)" + REPORTED + " group by c.countryCode")
    List<Object[]> countReportedByCountry(Long cityId, Integer toYear);

    @Query("select year(r.firstInstrument.date), count(r)" + REPORTED + " group by year(r.firstInstrument.date)")
    List<Object[]> countReportedByYear(Long cityId, Integer toYear);

    /** Whether one of the city's administrations already holds a relationship of this type with the city. */
    boolean existsByCityIdAndTypeAndHolderUnitId(long cityId, RelationshipType type, long holderUnitId);

    /** Whether the city as a whole already holds a relationship of this type with the city. */
    boolean existsByCityIdAndTypeAndHolderUnitIdIsNull(long cityId, RelationshipType type);

    /** Whether a relationship of this type with the city is held by this holder ({@code null}: the city as a whole). */
    default boolean existsFor(long cityId, RelationshipType type, Long holderUnitId) {
        return holderUnitId == null
                ? existsByCityIdAndTypeAndHolderUnitIdIsNull(cityId, type)
                : existsByCityIdAndTypeAndHolderUnitId(cityId, type, holderUnitId);
    }

    /**
     * The last change to any relationship, public or not: hiding one moves it too, and a city edited through one
     * relationship shows on the pages of the others.
     */
    @Query("select max(r.updatedAt) from Relationship r")
    java.time.Instant findLastChange();

    /** The registry's change counter (see {@link org.jumelage.shared.ChangeCounter}): moves with every change, one row to read. */
    @Query(value = "select changes from change_counter where topic = 'registry'", nativeQuery = true)
    long findChangeCount();

    default String findChangeStamp() {
        return String.valueOf(findChangeCount());
    }

    /** The public site's list of cities: one row of plain values per published relationship, no entities. */
    @Query("select c.id, c.slug, c.nameDe, c.nameEn, c.countryCode, c.latitude, c.longitude, r.type, r.status,"
            + " r.firstInstrument.date, r.firstInstrument.precision, r.id, r.holderUnitId"
            + " from Relationship r join r.city c where r.publicVisible = true order by c.nameDe, c.id, r.id")
    List<Object[]> findPublishedListing();

    /** Relationship id, unit id and role of published relationships' responsibilities in the given roles. */
    @Query("select r.id, p.unitId, p.role from Responsibility p join p.relationship r"
            + " where r.publicVisible = true and p.role in :roles")
    List<Object[]> findPublishedCooperation(java.util.Collection<org.jumelage.partners.ResponsibilityRole> roles);

    /** One city's published relationships. */
    @Query("select r from Relationship r join fetch r.city where r.city.id = :cityId and r.publicVisible = true"
            + " order by r.id")
    List<Relationship> findPublishedOfCity(long cityId);

    @Query("select distinct c.countryCode from Relationship r join r.city c")
    List<String> findCountryCodes();

    /**
     * The contacts with this e-mail address ({@code email} stripped and in lower case), with their relationships and
     * cities (ADR 0037).
     */
    @Query("select c from Contact c join fetch c.relationship r join fetch r.city where lower(trim(c.email)) = :email"
            + " order by c.id")
    List<Contact> findContactsByEmail(String email);

    /** Retention (ADR 0037): the ended relationships that still have contacts. */
    @Query("select distinct r from Relationship r join r.contacts c"
            + " where r.status = org.jumelage.partners.RelationshipStatus.ENDED")
    List<Relationship> findEndedWithContacts();

    /**
     * The relationships a user name ({@code username} in lower case) recorded or changed last: id, the city's German
     * name, type, created at and by, updated at and by, oldest first (ADR 0037).
     */
    @Query("select r.id, c.nameDe, r.type, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy from Relationship r"
            + " join r.city c where lower(r.createdBy) = :username or lower(r.updatedBy) = :username"
            + " order by r.createdAt, r.id")
    List<Object[]> findRecordedBy(String username);

    /**
     * The status changes a user name ({@code username} in lower case) recorded: id, relationship id, the city's German
     * name, status, when and by whom, oldest first (ADR 0037).
     */
    @Query("select s.id, r.id, c.nameDe, s.status, s.changedAt, s.changedBy from StatusChange s join s.relationship r"
            + " join r.city c where lower(s.changedBy) = :username order by s.changedAt, s.id")
    List<Object[]> findStatusChangesBy(String username);

    @org.springframework.data.jpa.repository.Query("select e.id from Relationship e where e.id > ?1 order by e.id")
    java.util.List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);
}
