package org.jumelage.partners.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.DemoData;
import org.jumelage.people.Organisation;
import org.jumelage.shared.Csv;
import org.jumelage.shared.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Berlin's partnerships from the reference data ({@code demo/berlin-partner-cities.csv}) and every fact of the
 * specification page: the Senate Department for the Environment, Transport and Climate Protection's close
 * cooperation with Paris, Moscow, Brussels, Prague and Warsaw, its growing cooperation with London, and its technical
 * exchange with Amsterdam, Vienna, Barcelona, Madrid, Guangzhou and Johannesburg. Loaded once, into an empty
 * registry.
 */
@Component
@Order(20)
@DemoData
class PartnersDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnersDemoData.class);
    private static final String BY = "demo-data";
    private static final String SOURCE = "Senatskanzlei Berlin: Städtepartnerschaften; Drucksache 17/14709";
    private static final List<String> CLOSE_COOPERATION_WITH_SENUVK =
            List.of("Paris", "Moscow", "Brussels (Brussels-Capital Region)", "Prague", "Warsaw");
    private static final List<String> GROWING_COOPERATION_WITH_SENUVK = List.of("London");

    private final CityRepository cities;
    private final RelationshipRepository relationships;
    private final FocusAreaRepository focusAreas;
    private final NetworkRepository networks;
    private final Organisation organisation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final org.jumelage.people.DemoMode demoMode;

    PartnersDemoData(
            CityRepository cities,
            RelationshipRepository relationships,
            FocusAreaRepository focusAreas,
            NetworkRepository networks,
            Organisation organisation,
            TransactionTemplate transaction,
            Clock clock,
            org.jumelage.people.DemoMode demoMode) {
        this.demoMode = demoMode;
        this.cities = cities;
        this.relationships = relationships;
        this.focusAreas = focusAreas;
        this.networks = networks;
        this.organisation = organisation;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Only into the demo installation the demo organisation was loaded into, never beside real data.
        if (!demoMode.isDemoInstance()) {
            return;
        }
        if (cities.count() > 0 || organisation.unitByCode("SKZL-EUI").isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo registry: {} relationships with {} cities.", relationships.count(), cities.count());
    }

    private void load() {
        Map<String, String[]> extras = tsv("demo/city-extras.tsv");
        Map<String, String[]> phrases = tsv("demo/focus-area-phrases.tsv");
        Map<String, String[]> notes = tsv("demo/notes-de.tsv");
        List<List<String>> rows = Csv.parse(read("demo/berlin-partner-cities.csv"));
        List<String> header = rows.getFirst();
        Instant now = clock.instant();
        Map<String, City> byEnglishName = new HashMap<>();
        for (List<String> fields : rows.subList(1, rows.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i).strip() : "");
            }
            City city = cities.save(city(row, extras.get(row.get("city_en"))));
            byEnglishName.put(row.get("city_en"), city);
            relationships.save(relationship(city, row, phrases, notes, now));
        }
        // The seed text names Madrid among the cities of technical exchange, besides the city partnership.
        Relationship madrid = new Relationship(
                byEnglishName.get("Madrid"),
                RelationshipType.TECHNICAL_EXCHANGE,
                null,
                RelationshipStatus.ACTIVE,
                null,
                "Fachlicher Austausch laut Seite „Städtepartnerschaften“",
                null,
                true,
                BY,
                now);
        madrid.addResponsibility(unit("SENUVK"), ResponsibilityRole.TECHNICAL_EXCHANGE, null, null, BY, now);
        relationships.save(madrid);

        networks.save(new Network(new NetworkDetails(
                "Eurocities",
                null,
                "https://eurocities.eu",
                NetworkRole.MEMBER,
                null,
                "Beispieldaten / example data")));
        networks.save(new Network(new NetworkDetails(
                "Metropolis – World Association of the Major Metropolises",
                "Metropolis",
                "https://www.metropolis.org",
                NetworkRole.MEMBER,
                null,
                "Beispieldaten / example data")));
        networks.save(new Network(new NetworkDetails(
                "C40 Cities Climate Leadership Group",
                "C40",
                "https://www.c40.org",
                NetworkRole.MEMBER,
                null,
                "Beispieldaten / example data")));
    }

    private static City city(Map<String, String> row, String[] extra) {
        String nameEn = row.get("city_en");
        return new City(
                Slugs.of(nameEn.replaceAll("\\s*\\(.*\\)", "")),
                new CityDetails(
                        row.get("city_de"),
                        nameEn,
                        extra == null ? null : extra[1],
                        extra == null ? null : extra[2],
                        row.get("country_iso"),
                        Double.valueOf(row.get("latitude")),
                        Double.valueOf(row.get("longitude")),
                        extra == null ? null : extra[3],
                        nameEn.contains("Region")));
    }

    private Relationship relationship(
            City city,
            Map<String, String> row,
            Map<String, String[]> phrases,
            Map<String, String[]> notes,
            Instant now) {
        RelationshipType type = RelationshipType.valueOf(row.get("relation_type"));
        RelationshipStatus status = RelationshipStatus.valueOf(row.get("status"));
        PartialDate first = date(row.get("first_instrument_date"));
        String noteEn = row.get("status_note");
        String note = notes.containsKey(noteEn) ? notes.get(noteEn)[1] : noteEn;
        boolean stillActive = status == RelationshipStatus.ACTIVE;
        Relationship relationship = new Relationship(
                city,
                type,
                null,
                RelationshipStatus.ACTIVE,
                first != null ? first : date(row.get("status_since")),
                first != null
                        ? "Beginn mit dem ersten Dokument"
                        : "Fachlicher Austausch laut Seite „Städtepartnerschaften“",
                stillActive && !note.isEmpty() ? note : null,
                true,
                BY,
                now);
        if (first != null) {
            relationship.addInstrument(instrument(row.get("first_instrument_kind"), first), BY, now);
        }
        for (String later : row.get("later_instruments").split(";")) {
            if (!later.isBlank()) {
                String[] parts = later.strip().split(" ");
                relationship.addInstrument(instrument(parts[1], PartialDate.parse(parts[0])), BY, now);
            }
        }
        if (!stillActive) {
            relationship.changeStatus(
                    status, date(row.get("status_since")), note, SOURCE, LocalDate.now(clock), BY, now);
        }
        for (String phrase : row.get("focus_areas_en").split(";")) {
            String[] mapping = phrases.get(phrase.strip());
            if (mapping == null) {
                continue;
            }
            for (String code : mapping[1].split("\\+")) {
                FocusArea area = focusAreas.findById(code).orElseThrow();
                relationship.addFocus(area, mapping[2], mapping[3], null, null, BY, now);
            }
        }
        String cityEn = city.getNameEn();
        switch (type) {
            case CITY_PARTNERSHIP, PROJECT_PARTNERSHIP, FRIENDSHIP ->
                relationship.addResponsibility(unit("SKZL-EUI"), ResponsibilityRole.HOLDER, null, null, BY, now);
            case TECHNICAL_EXCHANGE ->
                relationship.addResponsibility(
                        unit("SENUVK"), ResponsibilityRole.TECHNICAL_EXCHANGE, null, null, BY, now);
            case NETWORK -> {}
        }
        if (CLOSE_COOPERATION_WITH_SENUVK.contains(cityEn)) {
            relationship.addResponsibility(unit("SENUVK"), ResponsibilityRole.CLOSE_COOPERATION, null, null, BY, now);
        }
        if (GROWING_COOPERATION_WITH_SENUVK.contains(cityEn)) {
            relationship.addResponsibility(unit("SENUVK"), ResponsibilityRole.GROWING_COOPERATION, null, null, BY, now);
        }
        if (type == RelationshipType.CITY_PARTNERSHIP) {
            relationship.addContact(
                    new ContactDetails(
                            ContactSide.OURS,
                            "Referat für EU und Internationales",
                            "Städtepartnerschaften (Beispielkontakt)",
                            "Senatskanzlei Berlin",
                            "City partnerships (example contact)",
                            "Senate Chancellery of Berlin",
                            "international@demo.jumelage.invalid",
                            null,
                            "de, en",
                            true),
                    BY,
                    now);
        }
        return relationship;
    }

    private static InstrumentDetails instrument(String kindCode, PartialDate date) {
        return switch (kindCode) {
            case "UNKNOWN" ->
                new InstrumentDetails(
                        InstrumentKind.OTHER, date, null, null, "Art des Dokuments in keiner Quelle genannt", SOURCE);
            case "PROJECT" ->
                new InstrumentDetails(
                        InstrumentKind.OTHER,
                        date,
                        null,
                        null,
                        "Projektvereinbarung: Pilotprojekt „European City Exchange – Move Your Mind“ (2012–2014)",
                        SOURCE);
            default -> new InstrumentDetails(InstrumentKind.valueOf(kindCode), date, null, null, null, SOURCE);
        };
    }

    private static PartialDate date(String text) {
        return text == null || text.isBlank() ? null : PartialDate.parse(text);
    }

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private static Map<String, String[]> tsv(String path) {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : read(path).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            rows.put(fields[0], fields);
        }
        return rows;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data missing: " + path, e);
        }
    }
}
