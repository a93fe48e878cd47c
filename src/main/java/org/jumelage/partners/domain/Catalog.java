package org.jumelage.partners.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jumelage.partners.PartnerCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class Catalog implements PartnerCatalog {

    private final CityRepository cities;
    private final NetworkRepository networks;
    private final FocusAreaRepository focusAreas;
    private final RelationshipRepository relationships;

    /** The lists, read once and kept until the registry's change counter moves (a write of any of them raises it). */
    private record Kept(long changes, Lists lists) {}

    private volatile Kept kept;

    Catalog(
            CityRepository cities,
            NetworkRepository networks,
            FocusAreaRepository focusAreas,
            RelationshipRepository relationships) {
        this.cities = cities;
        this.networks = networks;
        this.focusAreas = focusAreas;
        this.relationships = relationships;
    }

    /**
     * Every city by German name: the same list object until a city changes, so that what is made from it (a filter's
     * options) can be kept as long; one look-up of the change counter per call.
     */
    @Override
    public List<CityRef> cities() {
        return lists().cities();
    }

    @Override
    public Lists lists() {
        long changes = relationships.findChangeCount();
        Kept current = kept;
        if (current != null && current.changes() == changes) {
            return current.lists();
        }
        List<CityRef> all = cities.findAll().stream()
                .map(Catalog::ref)
                .sorted(Comparator.comparing(CityRef::nameDe, java.text.Collator.getInstance(java.util.Locale.GERMAN)))
                .toList();
        java.util.Map<Long, CityRef> byId = new java.util.HashMap<>();
        all.forEach(city -> byId.put(city.id(), city));
        Lists read = new Lists(
                all,
                java.util.Collections.unmodifiableMap(byId),
                networks.findAll().stream()
                        .map(n -> new NetworkRef(n.getId(), n.getName()))
                        .sorted(Comparator.comparing(NetworkRef::name))
                        .toList(),
                focusAreas.findAll().stream()
                        .map(f -> new FocusRef(
                                f.getCode(), f.name(java.util.Locale.GERMAN), f.name(java.util.Locale.ENGLISH)))
                        .toList());
        // Kept only when read in a read-only transaction: a writing one may see its own change that then rolls back,
        // and the counter would come back to the same number with other data.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            kept = new Kept(changes, read);
        }
        return read;
    }

    @Override
    public java.util.Map<Long, CityRef> citiesById() {
        return lists().citiesById();
    }

    @Override
    public java.util.Map<Long, CityRef> cities(java.util.Collection<Long> ids) {
        java.util.Map<Long, CityRef> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            cities.findAllById(ids).forEach(city -> found.put(city.getId(), ref(city)));
        }
        return found;
    }

    @Override
    public Optional<CityRef> city(long id) {
        return cities.findById(id).map(Catalog::ref);
    }

    @Override
    public List<NetworkRef> networks() {
        return lists().networks();
    }

    @Override
    public List<FocusRef> focusAreas() {
        return lists().focusAreas();
    }

    private static CityRef ref(City city) {
        return new CityRef(city.getId(), city.getSlug(), city.getNameDe(), city.getNameEn(), city.getCountryCode());
    }
}
