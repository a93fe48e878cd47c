package org.jumelage.partners.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.Countries;
import org.jumelage.shared.PartialDate;
import org.jumelage.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered list as a table to download (CSV or XLSX), as a person reads it: the columns named in the reader's
 * language, kinds, statuses, countries, focus areas and units by their names, not by codes. Dates in ISO 8601
 * (reduced precision where only year or month is known), so that they sort. The holder's columns are empty where
 * the city as a whole holds the relationship.
 */
@Component
class PartnershipCsv {

    /** The columns, as message keys {@code export.partnership.<column>}. */
    static final List<String> COLUMNS = List.of(
            "id",
            "cityDe",
            "cityEn",
            "cityLocal",
            "country",
            "latitude",
            "longitude",
            "type",
            "status",
            "statusSince",
            "firstInstrument",
            "focusAreas",
            "responsibleUnits",
            "public",
            "holderDe",
            "holderEn");

    private final RegistryService registry;
    private final Organisation organisation;
    private final MessageSource messages;

    PartnershipCsv(RegistryService registry, Organisation organisation, MessageSource messages) {
        this.registry = registry;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public String write(PartnershipQuery query, Locale locale) {
        return table(query, locale).csv();
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(PartnershipQuery query, Locale locale) {
        return table(query, locale).xlsx();
    }

    private Spreadsheet table(PartnershipQuery query, Locale locale) {
        List<Relationship> relationships = registry.searchAll(query, locale);
        // Unit names in one look-up for the whole export, not one per row.
        Map<Long, UnitRef> units =
                organisation.units().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        String yes = message("export.yes", locale);
        String no = message("export.no", locale);
        List<List<String>> rows = new ArrayList<>();
        for (Relationship relationship : relationships) {
            var city = relationship.getCity();
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(relationship.getId()));
            cells.add(orEmpty(city.getNameDe()));
            cells.add(orEmpty(city.getNameEn()));
            cells.add(orEmpty(city.getNameLocal()));
            cells.add(Countries.name(city.getCountryCode(), locale));
            cells.add(city.getLatitude() == null ? "" : city.getLatitude().toString());
            cells.add(city.getLongitude() == null ? "" : city.getLongitude().toString());
            cells.add(message("relationshipType." + relationship.getType(), locale));
            cells.add(message("relationshipStatus." + relationship.getStatus(), locale));
            cells.add(iso(relationship.getStatusSince()));
            cells.add(iso(relationship.getFirstInstrument()));
            cells.add(relationship.getFocusEntries().stream()
                    .map(entry -> entry.getArea().name(locale))
                    .distinct()
                    .collect(Collectors.joining("; ")));
            cells.add(relationship.getResponsibilities().stream()
                    .map(r -> Optional.ofNullable(units.get(r.getUnitId()))
                                    .map(unit -> unit.name(locale))
                                    .orElse("?")
                            + " (" + message("responsibilityRole." + r.getRole(), locale) + ")")
                    .collect(Collectors.joining("; ")));
            cells.add(relationship.isPublicVisible() ? yes : no);
            UnitRef holder = relationship.heldByWholeCity() ? null : units.get(relationship.getHolderUnitId());
            cells.add(holder == null ? "" : orEmpty(holder.nameDe()));
            cells.add(holder == null ? "" : orEmpty(holder.nameEn()));
            rows.add(cells);
        }
        List<String> header = COLUMNS.stream()
                .map(column -> message("export.partnership." + column, locale))
                .toList();
        return new Spreadsheet(message("export.partnership.sheet", locale), header, rows);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
