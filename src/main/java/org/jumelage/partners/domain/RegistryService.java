package org.jumelage.partners.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's verbs: record a relationship, edit it, change its status, add instruments, focus areas,
 * responsible units and contacts. Every change names the version the person edited and is refused when someone
 * else saved in between; editors may change only what their unit is responsible for.
 */
@Service
@Transactional
public class RegistryService {

    /**
     * The administrations that may hold a relationship of their own. The Senate Chancellery is not among them: it
     * represents the city as a whole, which a relationship without a holder stands for, and two ways of writing the
     * same holder would let the one-per-city-type-and-holder rule be passed by.
     */
    private static final Set<UnitKind> HOLDER_KINDS = EnumSet.of(UnitKind.SENATE_DEPARTMENT, UnitKind.DISTRICT_OFFICE);

    private final RelationshipRepository relationships;
    private final CityRepository cities;
    private final FocusAreaRepository focusAreas;
    private final Organisation organisation;
    private final Clock clock;

    RegistryService(
            RelationshipRepository relationships,
            CityRepository cities,
            FocusAreaRepository focusAreas,
            Organisation organisation,
            Clock clock) {
        this.relationships = relationships;
        this.cities = cities;
        this.focusAreas = focusAreas;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Relationship> search(PartnershipQuery query, Locale locale) {
        PageRequest page = PageRequest.of(query.pageOrFirst(), query.sizeOrDefault(), sortOf(query, locale));
        Set<Long> subtree = unitSubtree(query);
        Specification<Relationship> selection = RelationshipSpecifications.matching(query, subtree);
        return pageOf(selection, page, java.util.Arrays.asList("office", query.withPage(0), subtree));
    }

    /** Counts of the lists' selections, kept until the registry changes. */
    private final org.jumelage.shared.KeptCounts counts = new org.jumelage.shared.KeptCounts(256);

    /** A page of the selection, its rows read without a count and its total kept until the registry changes. */
    private Page<Relationship> pageOf(Specification<Relationship> selection, PageRequest page, Object key) {
        org.springframework.data.domain.Slice<Relationship> rows =
                relationships.findBy(selection, query -> query.project("city").slice(page));
        long total = counts.count(key, relationships.findChangeCount(), () -> relationships.count(selection));
        return org.jumelage.shared.KeptCounts.page(rows, page, total);
    }

    /** Everything that matches, for exports; no paging. */
    @Transactional(readOnly = true)
    public List<Relationship> searchAll(PartnershipQuery query, Locale locale) {
        return relationships.findAll(
                RelationshipSpecifications.matching(query, unitSubtree(query)), sortOf(query, locale));
    }

    /** How many relationships there are of each type (in declaration order) in each status: counted by the database. */
    @Transactional(readOnly = true)
    public java.util.Map<RelationshipType, java.util.Map<RelationshipStatus, Long>> countsByTypeAndStatus() {
        long changes = relationships.findChangeCount();
        KeptTypeCounts before = keptTypeCounts;
        if (before != null && before.changes() == changes) {
            return before.counts();
        }
        java.util.Map<RelationshipType, java.util.Map<RelationshipStatus, Long>> counted = countByTypeAndStatus();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            keptTypeCounts = new KeptTypeCounts(changes, counted);
        }
        return counted;
    }

    /** The start page's counts by type and status, kept until the registry changes. */
    private record KeptTypeCounts(
            long changes, java.util.Map<RelationshipType, java.util.Map<RelationshipStatus, Long>> counts) {}

    private volatile KeptTypeCounts keptTypeCounts;

    private java.util.Map<RelationshipType, java.util.Map<RelationshipStatus, Long>> countByTypeAndStatus() {
        java.util.Map<RelationshipType, java.util.Map<RelationshipStatus, Long>> counts =
                new java.util.EnumMap<>(RelationshipType.class);
        for (Object[] row : relationships.countByTypeAndStatus()) {
            counts.computeIfAbsent((RelationshipType) row[0], type -> new java.util.EnumMap<>(RelationshipStatus.class))
                    .put((RelationshipStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** A page of published relationships, as {@link #searchPublished} finds them. */
    @Transactional(readOnly = true)
    public Page<Relationship> searchPublishedPage(PartnershipQuery query, Locale locale) {
        Specification<Relationship> published = (root, criteria, cb) -> cb.isTrue(root.get("publicVisible"));
        Set<Long> subtree = unitSubtree(query);
        return pageOf(
                RelationshipSpecifications.matching(query, subtree, false).and(published),
                PageRequest.of(query.pageOrFirst(), query.sizeOrDefault(), sortOf(query, locale)),
                java.util.Arrays.asList("published", query.withPage(0), subtree));
    }

    /** Published relationships only, searched by name only: what the public may see. */
    @Transactional(readOnly = true)
    public List<Relationship> searchPublished(PartnershipQuery query, Locale locale) {
        Specification<Relationship> published = (root, criteria, cb) -> cb.isTrue(root.get("publicVisible"));
        return relationships.findAll(
                RelationshipSpecifications.matching(query, unitSubtree(query), false)
                        .and(published),
                sortOf(query, locale));
    }

    private Set<Long> unitSubtree(PartnershipQuery query) {
        return query.unit() == null ? null : organisation.subtree(query.unit());
    }

    private static Sort sortOf(PartnershipQuery query, Locale locale) {
        String cityName = "en".equals(locale.getLanguage()) ? "city.nameEn" : "city.nameDe";
        String property = switch (query.sortOrDefault()) {
            case CITY -> cityName;
            case COUNTRY -> "city.countryCode";
            case TYPE -> "type";
            case STATUS -> "status";
            case SINCE -> "firstInstrument.date";
        };
        Sort.Direction direction = query.isDescending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(new Sort.Order(direction, property).nullsLast()).and(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public Relationship get(long id) {
        Relationship relationship =
                relationships.findWithCityById(id).orElseThrow(() -> new NotFound("relationship", id));
        // Touch the collections while the session is open; the detail page shows them all.
        relationship.statusHistory();
        relationship.instrumentsInOrder();
        relationship.getFocusEntries().forEach(entry -> entry.getArea().getCode());
        relationship.getResponsibilities();
        relationship.getContacts();
        return relationship;
    }

    @Transactional(readOnly = true)
    public List<City> cities() {
        return cities.findAllByOrderByNameDeAsc();
    }

    @Transactional(readOnly = true)
    public List<FocusArea> focusAreas() {
        return focusAreas.findAll(Sort.by("nameDe"));
    }

    @Transactional(readOnly = true)
    public List<String> countryCodesInUse() {
        return relationships.findCountryCodes();
    }

    /**
     * The city's own administrations that may hold a relationship (its Senate departments and district offices), in
     * the organisation's order; the form's and the filter's choices besides the city as a whole.
     */
    @Transactional(readOnly = true)
    public List<UnitRef> possibleHolders() {
        return organisation.units().stream().filter(RegistryService::mayHold).toList();
    }

    /**
     * The units that may be responsible for a relationship: the city's own, not a partner city's administration or a
     * unit below one; the filter's and the form's choices.
     */
    public List<UnitRef> possibleResponsibleUnits() {
        return organisation.units().stream()
                .filter(unit -> !organisation.belongsToPartner(unit.id()))
                .toList();
    }

    /** The registry's change counter: moves with every change of a city or relationship. */
    @Transactional(readOnly = true)
    public long changeCount() {
        return relationships.findChangeCount();
    }

    private static boolean mayHold(UnitRef unit) {
        return unit.parentId() == null && HOLDER_KINDS.contains(unit.kind());
    }

    /** A holder must be one of our own administrations (not a partner city's, not a unit below one), or none. */
    private void checkHolder(Long holderUnitId) {
        if (holderUnitId != null
                && !organisation
                        .unit(holderUnitId)
                        .map(RegistryService::mayHold)
                        .orElse(false)) {
            throw RuleViolation.at("holderUnitId", "relationship.error.holder");
        }
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(Relationship relationship) {
        return JumelageUser.current()
                .map(user -> user.mayEdit(relationship.responsibleUnitIds(), organisation))
                .orElse(false);
    }

    /** Whether the current person may change a city: its data belongs to every relationship with it. */
    @Transactional(readOnly = true)
    public boolean mayEditCity(City city) {
        return JumelageUser.current()
                .map(user -> user.role() == Role.ADMIN
                        || relationships.findByCityId(city.getId()).stream()
                                .allMatch(other -> user.mayEdit(other.responsibleUnitIds(), organisation)))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayCreate() {
        return JumelageUser.current()
                .map(user -> user.role() == Role.ADMIN || user.role() == Role.EDITOR)
                .orElse(false);
    }

    /**
     * Records a new relationship, with an existing city ({@code cityId}) or a new one ({@code newCity}), held by the
     * city as a whole ({@code holderUnitId} null) or by one of its administrations. An editor's own unit becomes
     * responsible for it in the role of holder, so that they can go on editing it.
     */
    public Relationship create(
            Long cityId,
            CityDetails newCity,
            RelationshipType type,
            Long holderUnitId,
            RelationshipStatus status,
            PartialDate statusSince,
            String reason,
            String notes,
            boolean publicVisible) {
        if (!mayCreate()) {
            throw new AccessDeniedException("may not create relationships");
        }
        checkHolder(holderUnitId);
        City city = cityId != null
                ? cities.findById(cityId).orElseThrow(() -> new RuleViolation("relationship.error.unknownCity"))
                : cities.save(new City(uniqueSlug(newCity.nameEn()), newCity));
        if (city.getId() != null && relationships.existsFor(city.getId(), type, holderUnitId)) {
            throw new RuleViolation("relationship.error.duplicate");
        }
        String by = JumelageUser.currentUsername();
        Instant now = clock.instant();
        Relationship relationship = relationships.save(
                new Relationship(city, type, holderUnitId, status, statusSince, reason, notes, publicVisible, by, now));
        JumelageUser.current()
                .filter(user -> user.role() == Role.EDITOR)
                .flatMap(JumelageUser::unitId)
                .ifPresent(
                        unit -> relationship.addResponsibility(unit, ResponsibilityRole.HOLDER, null, null, by, now));
        return relationship;
    }

    /**
     * Edits a relationship and, where the city's fields changed, its city. A city is shared by all relationships with
     * it, so only someone who may edit every one of them may change it, and only on the city's version they saw.
     */
    public void edit(
            long id,
            long version,
            Long cityVersion,
            CityDetails city,
            RelationshipType type,
            Long holderUnitId,
            String notes,
            boolean publicVisible) {
        Relationship relationship = editable(id, version);
        checkHolder(holderUnitId);
        boolean sameKey =
                type == relationship.getType() && Objects.equals(holderUnitId, relationship.getHolderUnitId());
        if (!sameKey && relationships.existsFor(relationship.getCity().getId(), type, holderUnitId)) {
            throw new RuleViolation("relationship.error.duplicate");
        }
        City current = relationship.getCity();
        if (!current.details().equals(city)) {
            if (!mayEditCity(current)) {
                throw new RuleViolation("partnership.error.cityNotYours");
            }
            if (cityVersion == null || cityVersion != current.getVersion()) {
                throw new EditConflict(
                        "city " + current.getId(), cityVersion == null ? -1 : cityVersion, current.getVersion());
            }
            current.apply(city);
        }
        relationship.edit(type, holderUnitId, notes, publicVisible, JumelageUser.currentUsername(), clock.instant());
    }

    public void changeStatus(
            long id, long version, RelationshipStatus status, PartialDate validFrom, String reason, String source) {
        editable(id, version)
                .changeStatus(
                        status,
                        validFrom,
                        reason,
                        source,
                        LocalDate.now(clock),
                        JumelageUser.currentUsername(),
                        clock.instant());
    }

    public Instrument addInstrument(long id, long version, InstrumentDetails details) {
        Instrument instrument =
                editable(id, version).addInstrument(details, JumelageUser.currentUsername(), clock.instant());
        relationships.flush();
        return instrument;
    }

    public void updateInstrument(long id, long version, long instrumentId, InstrumentDetails details) {
        editable(id, version).updateInstrument(instrumentId, details, JumelageUser.currentUsername(), clock.instant());
    }

    public void removeInstrument(long id, long version, long instrumentId) {
        editable(id, version).removeInstrument(instrumentId, JumelageUser.currentUsername(), clock.instant());
    }

    public void addFocus(
            long id, long version, String code, String detailDe, String detailEn, Integer since, Integer until) {
        FocusArea area = focusAreas.findById(code).orElseThrow(() -> RuleViolation.at("code", "focus.error.unknown"));
        editable(id, version)
                .addFocus(area, detailDe, detailEn, since, until, JumelageUser.currentUsername(), clock.instant());
    }

    public void removeFocus(long id, long version, long focusId) {
        editable(id, version).removeFocus(focusId, JumelageUser.currentUsername(), clock.instant());
    }

    public void addResponsibility(
            long id, long version, long unitId, ResponsibilityRole role, String noteDe, String noteEn) {
        if (organisation.unit(unitId).isEmpty()) {
            throw RuleViolation.at("unitId", "responsibility.error.unknownUnit");
        }
        if (organisation.belongsToPartner(unitId)) {
            throw RuleViolation.at("unitId", "responsibility.error.partnerUnit");
        }
        editable(id, version)
                .addResponsibility(unitId, role, noteDe, noteEn, JumelageUser.currentUsername(), clock.instant());
    }

    public void removeResponsibility(long id, long version, long responsibilityId) {
        editable(id, version).removeResponsibility(responsibilityId, JumelageUser.currentUsername(), clock.instant());
    }

    public void addContact(long id, long version, ContactDetails details) {
        editable(id, version).addContact(details, JumelageUser.currentUsername(), clock.instant());
    }

    public void removeContact(long id, long version, long contactId) {
        editable(id, version).removeContact(contactId, JumelageUser.currentUsername(), clock.instant());
    }

    /** Loads a relationship for a change: it must exist, the person must hold the edit right, the version match. */
    Relationship editable(long id, long version) {
        Relationship relationship = relationships.findById(id).orElseThrow(() -> new NotFound("relationship", id));
        if (!mayEdit(relationship)) {
            throw new AccessDeniedException("may not edit relationship " + id);
        }
        if (relationship.getVersion() != version) {
            throw new EditConflict("relationship " + id, version, relationship.getVersion());
        }
        return relationship;
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        // Leaves room for a counter within the column's 120 characters.
        base = base.length() > 100 ? base.substring(0, 100).replaceAll("-$", "") : base;
        String slug = base;
        for (int i = 2; cities.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
