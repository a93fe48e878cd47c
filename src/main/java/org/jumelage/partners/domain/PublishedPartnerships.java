package org.jumelage.partners.domain;

import java.time.Instant;
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
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
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
    private record Snapshot(String stamp, List<PublicCity> cities) {}

    private volatile Snapshot snapshot;

    /**
     * The public site asks for every city on every page view; building them costs a query per relationship part, so
     * the result is kept until the registry changes (see docs/performance.md): the stamp counts relationships and sums
     * their versions, so any change moves it, independent of clocks. It is read before the data: a change committed
     * in between makes the next call rebuild, never keeps stale data under a new stamp.
     */
    @Override
    public List<PublicCity> publishedCities() {
        String stamp = relationships.findChangeStamp();
        Snapshot current = snapshot;
        if (current != null && stamp != null && stamp.equals(current.stamp())) {
            return current.cities();
        }
        List<PublicCity> cities = buildPublishedCities();
        snapshot = new Snapshot(stamp, cities);
        return cities;
    }

    private List<PublicCity> buildPublishedCities() {
        Map<Long, UnitRef> units = unitsById();
        Map<City, List<PublicCity.Relationship>> byCity = new LinkedHashMap<>();
        for (Relationship relationship : registry.searchPublished(PartnershipQuery.all(), Locale.GERMAN)) {
            byCity.computeIfAbsent(relationship.getCity(), city -> new ArrayList<>())
                    .add(publicRelationship(relationship, units));
        }
        return byCity.entrySet().stream()
                .map(entry -> publicCity(entry.getKey(), entry.getValue()))
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
                                c.getName(), c.getFunctionTitle(), c.getOrganisation(), c.getEmail(), c.getPhone()))
                        .toList());
    }

    @Override
    public List<PartnershipSummary> published(PartnershipQuery query) {
        // The holders' names in one look-up for the whole answer, not one per relationship.
        Map<Long, UnitRef> units = unitsById();
        return registry.searchPublished(query, Locale.GERMAN).stream()
                .map(relationship -> summary(relationship, units))
                .toList();
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
