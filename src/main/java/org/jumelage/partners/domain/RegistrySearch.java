package org.jumelage.partners.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.search.Audience;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchFacet;
import org.jumelage.search.SearchSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;

/**
 * How the registry reads in the search (ADR 0025): a relationship for the back office (its city in every language and
 * script, notes, instruments, focus areas, responsible units, contacts) and, when published, for the public (public
 * fields only, leading to the city's page); a network; the text of an instrument's stored document.
 */
@Configuration(proxyBeanMethods = false)
class RegistrySearch {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;

    private final RelationshipRepository relationships;
    private final NetworkRepository networks;
    private final InstrumentDocumentRepository documents;
    private final Organisation organisation;
    private final MessageSource messages;

    RegistrySearch(
            RelationshipRepository relationships,
            NetworkRepository networks,
            InstrumentDocumentRepository documents,
            Organisation organisation,
            MessageSource messages) {
        this.relationships = relationships;
        this.networks = networks;
        this.documents = documents;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Bean
    SearchSource relationshipSource() {
        return new Source("relationship", relationships::findIdsAfter) {
            @Override
            public List<SearchDocument> documents(Collection<Long> ids) {
                Map<Long, UnitRef> units = organisation.unitsById();
                List<SearchDocument> found = new ArrayList<>();
                for (Relationship relationship : relationships.findAllById(ids)) {
                    found.add(office(relationship, units));
                    if (relationship.isPublicVisible()) {
                        found.add(published(relationship));
                    }
                }
                return found;
            }
        };
    }

    @Bean
    SearchSource networkSource() {
        return new Source("network", networks::findIdsAfter) {
            @Override
            public List<SearchDocument> documents(Collection<Long> ids) {
                return networks.findAllById(ids).stream()
                        .map(network -> SearchDocument.office(
                                        "network", network.getId(), "/office/networks/" + network.getId() + "/edit")
                                .title(network.getName(), network.getName())
                                .names(network.getName(), network.getAcronym())
                                .text(network.getNotes(), network.getWebsite())
                                .text(label("networkRole." + network.getRole(), DE))
                                .facet(
                                        network.getSince() == null
                                                ? null
                                                : SearchFacet.year(
                                                        network.getSince().year()))
                                .audience(Audience.OFFICE)
                                .build())
                        .toList();
            }
        };
    }

    @Bean
    SearchSource instrumentDocumentSource() {
        return new Source("instrument-document", documents::findIdsAfter) {
            @Override
            public List<SearchDocument> documents(Collection<Long> ids) {
                List<SearchDocument> found = new ArrayList<>();
                for (Object[] row : documents.findOwners(ids)) {
                    long instrumentId = (Long) row[0];
                    Relationship relationship = (Relationship) row[1];
                    String fileName = (String) row[2];
                    String sha256 = (String) row[3];
                    Instrument instrument = relationship.instrument(instrumentId);
                    String kindDe = label("instrumentKind." + instrument.getKind(), DE);
                    String kindEn = label("instrumentKind." + instrument.getKind(), EN);
                    found.add(SearchDocument.office(
                                    "instrument-document", instrumentId, "/office/partnerships/" + relationship.getId())
                            .title(
                                    fileName + " – " + kindDe + ", "
                                            + relationship.getCity().getNameDe(),
                                    fileName + " – " + kindEn + ", "
                                            + relationship.getCity().getNameEn())
                            .names(cityNames(relationship.getCity()))
                            .facet(cityFacet(relationship.getCity()))
                            .facet(
                                    instrument.getSigned() == null
                                            ? null
                                            : SearchFacet.year(
                                                    instrument.getSigned().year()))
                            .audience(Audience.OFFICE)
                            .file(fileName, sha256, () -> documents.findContent(instrumentId))
                            .build());
                }
                return found;
            }
        };
    }

    private SearchDocument office(Relationship relationship, Map<Long, UnitRef> units) {
        City city = relationship.getCity();
        var document = SearchDocument.office(
                        "relationship", relationship.getId(), "/office/partnerships/" + relationship.getId())
                .title(title(relationship, DE), title(relationship, EN))
                .names(cityNames(city))
                .text(relationship.getNotes())
                .facet(cityFacet(city))
                .facet(statusFacet(relationship))
                .audience(Audience.OFFICE);
        for (Instrument instrument : relationship.instrumentsInOrder()) {
            document.text(
                    label("instrumentKind." + instrument.getKind(), DE),
                    instrument.getSigned() == null
                            ? null
                            : Integer.toString(instrument.getSigned().year()),
                    instrument.getPlace(),
                    instrument.getSignatories(),
                    instrument.getSummary());
        }
        focus(relationship, document);
        Long holder = relationship.getHolderUnitId();
        if (holder != null) {
            unitFacet(units.get(holder), document);
        }
        for (Responsibility responsibility : relationship.getResponsibilities()) {
            unitFacet(units.get(responsibility.getUnitId()), document);
            document.text(responsibility.note(DE), responsibility.note(EN));
        }
        for (Contact contact : relationship.getContacts()) {
            document.names(contact.getName());
            document.text(
                    contact.getFunctionTitle(),
                    contact.getFunctionTitleEn(),
                    contact.getOrganisation(),
                    contact.getOrganisationEn());
        }
        if (relationship.getFirstInstrument() != null) {
            document.facet(SearchFacet.year(relationship.getFirstInstrument().year()));
        }
        return document.build();
    }

    /** What the city's public page shows of the relationship, and nothing else (no notes, no internal contacts). */
    private SearchDocument published(Relationship relationship) {
        City city = relationship.getCity();
        var document = SearchDocument.published(
                        "relationship",
                        relationship.getId(),
                        "/de/staedtepartnerschaften/" + Slugs.german(city.getNameDe()),
                        "/en/city-partnerships/" + city.getSlug())
                .title(title(relationship, DE), title(relationship, EN))
                .names(cityNames(city))
                .facet(cityFacet(city))
                .facet(statusFacet(relationship));
        for (Instrument instrument : relationship.instrumentsInOrder()) {
            document.text(
                    label("instrumentKind." + instrument.getKind(), DE),
                    label("instrumentKind." + instrument.getKind(), EN),
                    instrument.getPlace());
        }
        focus(relationship, document);
        for (Contact contact : relationship.getContacts()) {
            if (contact.isPublicVisible()) {
                document.names(contact.getName());
                document.text(contact.getOrganisation(), contact.getOrganisationEn());
            }
        }
        if (relationship.getFirstInstrument() != null) {
            document.facet(SearchFacet.year(relationship.getFirstInstrument().year()));
        }
        return document.build();
    }

    private void focus(Relationship relationship, SearchDocument.Builder document) {
        for (FocusEntry entry : relationship.getFocusEntries()) {
            FocusArea area = entry.getArea();
            document.text(area.name(DE), area.name(EN), entry.detail(DE), entry.detail(EN));
            document.facet(new SearchFacet(SearchFacet.Dimension.THEME, area.getCode(), area.name(DE), area.name(EN)));
        }
    }

    private String title(Relationship relationship, Locale locale) {
        return relationship.getCity().name(locale) + " – "
                + label("relationshipType." + relationship.getType(), locale);
    }

    private SearchFacet statusFacet(Relationship relationship) {
        String key = "relationshipStatus." + relationship.getStatus();
        return new SearchFacet(
                SearchFacet.Dimension.STATUS, relationship.getStatus().name(), label(key, DE), label(key, EN));
    }

    private static String[] cityNames(City city) {
        return new String[] {city.getNameDe(), city.getNameEn(), city.getNameLocal()};
    }

    private static SearchFacet cityFacet(City city) {
        return new SearchFacet(SearchFacet.Dimension.CITY, city.getId().toString(), city.getNameDe(), city.getNameEn());
    }

    private static void unitFacet(UnitRef unit, SearchDocument.Builder document) {
        if (unit != null) {
            document.facet(new SearchFacet(
                    SearchFacet.Dimension.UNIT, Long.toString(unit.id()), unit.nameDe(), unit.nameEn()));
            document.names(unit.nameDe(), unit.nameEn());
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A source whose ids come from one query. */
    private abstract static class Source implements SearchSource {
        private final String topic;
        private final IdsAfter ids;

        Source(String topic, IdsAfter ids) {
            this.topic = topic;
            this.ids = ids;
        }

        @Override
        public String topic() {
            return topic;
        }

        @Override
        public List<Long> ids(long after, int limit) {
            return ids.after(after, Limit.of(limit));
        }
    }

    @FunctionalInterface
    interface IdsAfter {
        List<Long> after(long after, Limit limit);
    }
}
