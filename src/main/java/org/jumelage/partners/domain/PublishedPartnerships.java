package org.jumelage.partners.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.partners.PublicCity;
import org.jumelage.partners.PublishedCity;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.DatePrecision;
import org.jumelage.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PublishedPartnerships implements PartnerDirectory {

    private final RegistryService registry;
    private final RelationshipRepository relationships;
    private final Organisation organisation;

    PublishedPartnerships(RegistryService registry, RelationshipRepository relationships, Organisation organisation) {
        this.registry = registry;
        this.relationships = relationships;
        this.organisation = organisation;
    }

    /** The published cities as of a change stamp; rebuilt when the registry changed since. */
    private record Snapshot(String stamp, List<PublishedCity> cities, Map<String, PublishedCity> bySlug) {}

    private volatile Snapshot snapshot;

    /**
     * The public site asks for every city on every page view, so the list is kept until the registry changes (see
     * docs/performance.md): the stamp counts relationships and sums their versions, so any change moves it,
     * independent of clocks. It is read before the data: a change committed in between makes the next call rebuild,
     * never keeps stale data under a new stamp. The list comes from two queries of plain values (no entities, no
     * parts), and one request at a time rebuilds it.
     */
    @Override
    public List<PublishedCity> publishedCities() {
        return current().cities();
    }

    @Override
    public Optional<PublicCity> publishedCity(String slug, Locale locale) {
        PublishedCity listed = current().bySlug().get(locale.getLanguage() + ":" + slug);
        if (listed == null) {
            return Optional.empty();
        }
        List<Relationship> published = relationships.findPublishedOfCity(listed.id());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, UnitRef> units = unitsById();
        return Optional.of(publicCity(
                published.getFirst().getCity(),
                published.stream()
                        .map(relationship -> publicRelationship(relationship, units))
                        .toList()));
    }

    private Snapshot current() {
        String stamp = relationships.findChangeStamp();
        Snapshot current = snapshot;
        if (current != null && stamp != null && stamp.equals(current.stamp())) {
            return current;
        }
        return rebuild(stamp);
    }

    private synchronized Snapshot rebuild(String stamp) {
        Snapshot current = snapshot;
        if (current != null && stamp != null && stamp.equals(current.stamp())) {
            return current; // built by the request that held the lock before this one
        }
        List<PublishedCity> cities = buildPublishedCities();
        Map<String, PublishedCity> bySlug = new java.util.HashMap<>();
        for (PublishedCity city : cities) {
            bySlug.put("de:" + city.slugDe(), city);
            bySlug.put("en:" + city.slugEn(), city);
        }
        Snapshot built = new Snapshot(stamp, cities, Map.copyOf(bySlug));
        snapshot = built;
        return built;
    }

    private List<PublishedCity> buildPublishedCities() {
        Map<Long, UnitRef> units =
                organisation.units().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        Map<Long, List<PublicCity.Unit>> cooperation = new java.util.HashMap<>();
        for (Object[] row : relationships.findPublishedCooperation(
                List.of(ResponsibilityRole.CLOSE_COOPERATION, ResponsibilityRole.GROWING_COOPERATION))) {
            UnitRef unit = units.get((Long) row[1]);
            if (unit != null) {
                cooperation
                        .computeIfAbsent((Long) row[0], key -> new ArrayList<>())
                        .add(new PublicCity.Unit(unit.id(), unit.nameDe(), unit.nameEn(), (ResponsibilityRole) row[2]));
            }
        }
        Map<Long, PublishedCity> byCity = new LinkedHashMap<>();
        Map<Long, List<PublishedCity.Listing>> listings = new LinkedHashMap<>();
        for (Object[] row : relationships.findPublishedListing()) {
            long cityId = (Long) row[0];
            byCity.computeIfAbsent(
                    cityId,
                    id -> new PublishedCity(
                            id,
                            (String) row[1],
                            Slugs.german((String) row[2]),
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            (Double) row[5],
                            (Double) row[6],
                            List.of()));
            PartialDate first = row[9] == null ? null : new PartialDate((LocalDate) row[9], (DatePrecision) row[10]);
            UnitRef holder = row[12] == null ? null : units.get((Long) row[12]);
            listings.computeIfAbsent(cityId, id -> new ArrayList<>())
                    .add(new PublishedCity.Listing(
                            (RelationshipType) row[7],
                            holder == null
                                    ? null
                                    : new PublicCity.Holder(holder.id(), holder.nameDe(), holder.nameEn()),
                            (RelationshipStatus) row[8],
                            first,
                            List.copyOf(cooperation.getOrDefault((Long) row[11], List.of()))));
        }
        return byCity.values().stream()
                .map(city -> new PublishedCity(
                        city.id(),
                        city.slugEn(),
                        city.slugDe(),
                        city.nameDe(),
                        city.nameEn(),
                        city.country(),
                        city.latitude(),
                        city.longitude(),
                        List.copyOf(listings.get(city.id()))))
                .toList();
    }

    @Override
    public String changeStamp() {
        return relationships.findChangeStamp();
    }

    @Override
    public Optional<Instant> lastPublishedChange() {
        return Optional.ofNullable(relationships.findLastChange());
    }

    private static PublicCity publicCity(City city, List<PublicCity.Relationship> relationships) {
        return new PublicCity(
                city.getId(),
                city.getSlug(),
                Slugs.german(city.getNameDe()),
                city.getNameDe(),
                city.getNameEn(),
                city.getNameLocal(),
                city.getNameLocalLang(),
                city.getCountryCode(),
                city.getLatitude(),
                city.getLongitude(),
                city.getWikidataId(),
                List.copyOf(relationships));
    }

    private static PublicCity.Relationship publicRelationship(Relationship relationship, Map<Long, UnitRef> units) {
        List<StatusChange> history = relationship.statusHistory();
        String reason = relationship.getStatus() == RelationshipStatus.ACTIVE || history.isEmpty()
                ? null
                : history.getLast().getReason();
        UnitRef holder = relationship.heldByWholeCity() ? null : units.get(relationship.getHolderUnitId());
        return new PublicCity.Relationship(
                relationship.getType(),
                holder == null ? null : new PublicCity.Holder(holder.id(), holder.nameDe(), holder.nameEn()),
                relationship.getStatus(),
                relationship.getStatusSince(),
                reason,
                relationship.getFirstInstrument(),
                relationship.instrumentsInOrder().stream()
                        .map(i -> new PublicCity.Instrument(i.getKind(), i.getSigned(), i.getPlace()))
                        .toList(),
                relationship.getFocusEntries().stream()
                        .map(f -> new PublicCity.Focus(
                                f.getArea().getCode(),
                                f.getArea().name(Locale.GERMAN),
                                f.getArea().name(Locale.ENGLISH),
                                f.detail(Locale.GERMAN),
                                f.detail(Locale.ENGLISH)))
                        .toList(),
                relationship.getResponsibilities().stream()
                        .filter(r -> units.containsKey(r.getUnitId()))
                        .map(r -> new PublicCity.Unit(
                                r.getUnitId(),
                                units.get(r.getUnitId()).nameDe(),
                                units.get(r.getUnitId()).nameEn(),
                                r.getRole()))
                        .toList(),
                relationship.getContacts().stream()
                        .filter(Contact::isPublicVisible)
                        .map(c -> new PublicCity.Contact(
                                c.getName(),
                                c.getFunctionTitle(),
                                c.getOrganisation(),
                                c.getFunctionTitleEn(),
                                c.getOrganisationEn(),
                                c.getEmail(),
                                c.getPhone()))
                        .toList());
    }

    @Override
    public org.springframework.data.domain.Page<PartnershipSummary> published(PartnershipQuery query) {
        // The holders' names in one look-up for the whole answer, not one per relationship.
        Map<Long, UnitRef> units = unitsById();
        return registry.searchPublishedPage(query, Locale.GERMAN).map(relationship -> summary(relationship, units));
    }

    private Map<Long, UnitRef> unitsById() {
        return organisation.units().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    private static PartnershipSummary summary(Relationship relationship, Map<Long, UnitRef> units) {
        City city = relationship.getCity();
        UnitRef holder = relationship.heldByWholeCity() ? null : units.get(relationship.getHolderUnitId());
        return new PartnershipSummary(
                relationship.getId(),
                city.getSlug(),
                city.getNameDe(),
                city.getNameEn(),
                city.getNameLocal(),
                city.getNameLocalLang(),
                city.getCountryCode(),
                city.getLatitude(),
                city.getLongitude(),
                relationship.getType(),
                relationship.getStatus(),
                iso(relationship.getStatusSince()),
                iso(relationship.getFirstInstrument()),
                relationship.getFocusEntries().stream()
                        .map(entry -> entry.getArea().getCode())
                        .distinct()
                        .toList(),
                holder == null ? null : holder.nameDe(),
                holder == null ? null : holder.nameEn());
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.toIsoString();
    }
}
