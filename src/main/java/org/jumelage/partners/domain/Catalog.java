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

    Catalog(CityRepository cities, NetworkRepository networks, FocusAreaRepository focusAreas) {
        this.cities = cities;
        this.networks = networks;
        this.focusAreas = focusAreas;
    }

    @Override
    public List<CityRef> cities() {
        return cities.findAll().stream()
                .map(Catalog::ref)
                .sorted(Comparator.comparing(CityRef::nameDe, java.text.Collator.getInstance(java.util.Locale.GERMAN)))
                .toList();
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
        return networks.findAll().stream()
                .map(n -> new NetworkRef(n.getId(), n.getName()))
                .sorted(Comparator.comparing(NetworkRef::name))
                .toList();
    }

    @Override
    public List<FocusRef> focusAreas() {
        return focusAreas.findAll().stream()
                .map(f -> new FocusRef(f.getCode(), f.name(java.util.Locale.GERMAN), f.name(java.util.Locale.ENGLISH)))
                .toList();
    }

    private static CityRef ref(City city) {
        return new CityRef(city.getId(), city.getSlug(), city.getNameDe(), city.getNameEn(), city.getCountryCode());
    }
}
