package org.jumelage.partners.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.Csv;
import org.jumelage.shared.PartialDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filtered list as CSV: UTF-8, RFC 4180, dates in ISO 8601 (reduced precision where only year or month is known). */
@Component
class PartnershipCsv {

    static final List<String> HEADER = List.of(
            "id",
            "city_de",
            "city_en",
            "city_local",
            "country",
            "latitude",
            "longitude",
            "type",
            "status",
            "status_since",
            "first_instrument",
            "focus_areas",
            "responsible_units",
            "public");

    private final RegistryService registry;
    private final Organisation organisation;

    PartnershipCsv(RegistryService registry, Organisation organisation) {
        this.registry = registry;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public String write(PartnershipQuery query, Locale locale) {
        List<Relationship> relationships = registry.searchAll(query, locale);
        // Every unit's code at once: one query, not one per responsible unit.
        Map<Long, String> unitCodes =
                organisation.units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::code));
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (Relationship relationship : relationships) {
            var city = relationship.getCity();
            List<String> fields = new ArrayList<>();
            fields.add(Long.toString(relationship.getId()));
            fields.add(Csv.text(city.getNameDe()));
            fields.add(Csv.text(city.getNameEn()));
            fields.add(Csv.text(city.getNameLocal()));
            fields.add(city.getCountryCode());
            fields.add(city.getLatitude() == null ? "" : city.getLatitude().toString());
            fields.add(city.getLongitude() == null ? "" : city.getLongitude().toString());
            fields.add(relationship.getType().name());
            fields.add(relationship.getStatus().name());
            fields.add(iso(relationship.getStatusSince()));
            fields.add(iso(relationship.getFirstInstrument()));
            fields.add(relationship.getFocusEntries().stream()
                    .map(entry -> entry.getArea().getCode())
                    .distinct()
                    .collect(Collectors.joining(";")));
            fields.add(relationship.getResponsibilities().stream()
                    .map(r -> unitCodes.getOrDefault(r.getUnitId(), "?") + ":" + r.getRole())
                    .collect(Collectors.joining(";")));
            fields.add(Boolean.toString(relationship.isPublicVisible()));
            out.append(Csv.line(fields));
        }
        return out.toString();
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }
}
