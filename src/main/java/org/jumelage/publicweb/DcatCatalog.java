package org.jumelage.publicweb;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.shared.SiteAddress;
import org.jumelage.shared.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open-data catalogue in DCAT-AP.de 2.0 (Turtle): the catalogue, its two datasets and their distributions, with
 * titles and descriptions in German and English, publisher, licence, temporal and spatial coverage and the last
 * change. Harvesters (Berlin's open-data portal, GovData) read it at {@code /open-data/catalog.ttl}; the tests
 * validate it against the DCAT-AP.de SHACL shapes.
 */
@Component
class DcatCatalog {

    /** A dataset of the catalogue: its address segment, message key and distributions (file name, format). */
    record Dataset(String name, String key, List<Distribution> distributions) {}

    /** A file of a dataset: its name under {@code /open-data/}, its format's name, the EU file type, its media type. */
    record Distribution(String file, String format, String fileType, String mediaType) {}

    static final Dataset PARTNERSHIPS = new Dataset(
            "partnerships",
            "opendata.partnerships",
            List.of(
                    new Distribution("partnerships.csv", "CSV", "CSV", "text/csv"),
                    new Distribution("partnerships.geojson", "GeoJSON", "GEOJSON", "application/geo+json")));

    static final Dataset ACTIVITIES = new Dataset(
            "activities", "opendata.activities", List.of(new Distribution("activities.csv", "CSV", "CSV", "text/csv")));

    static final List<Dataset> DATASETS = List.of(PARTNERSHIPS, ACTIVITIES);

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    /** German and English, in the EU's language table. */
    private static final String LANGUAGES = iri(EU + "language/DEU") + ", " + iri(EU + "language/ENG");

    private final OpenDataProperties properties;
    private final SiteProperties site;
    private final SiteAddress address;
    private final MessageSource messages;
    private final PartnerDirectory directory;
    private final ActivityCalendar activities;
    private final PublicationStamp stamp;

    DcatCatalog(
            OpenDataProperties properties,
            SiteProperties site,
            SiteAddress address,
            MessageSource messages,
            PartnerDirectory directory,
            ActivityCalendar activities,
            PublicationStamp stamp) {
        this.properties = properties;
        this.site = site;
        this.address = address;
        this.messages = messages;
        this.directory = directory;
        this.activities = activities;
        this.stamp = stamp;
    }

    String turtle() {
        String base = address.base() + "/open-data/";
        Instant modified = java.util.stream.Stream.of(PARTNERSHIPS, ACTIVITIES)
                .map(this::modified)
                .max(Instant::compareTo)
                .orElseThrow();
        StringBuilder ttl = new StringBuilder();
        ttl.append("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n")
                .append("@prefix dct: <http://purl.org/dc/terms/> .\n")
                .append("@prefix dcatde: <http://dcat-ap.de/def/dcatde/> .\n")
                .append("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n")
                .append("@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .\n")
                .append("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")
                .append("@prefix locn: <http://www.w3.org/ns/locn#> .\n\n");
        String publisher = base + "publisher";
        ttl.append(iri(base + "catalog"))
                .append(" a dcat:Catalog ;\n")
                .append("    dct:title ")
                .append(texts("opendata.catalog.title"))
                .append(" ;\n    dct:description ")
                .append(texts("opendata.catalog.description"))
                .append(" ;\n    dct:publisher ")
                .append(iri(publisher))
                .append(" ;\n    foaf:homepage ")
                .append(iri(address.base() + PublicPage.OPEN_DATA.path(Locale.GERMAN)))
                .append(" ;\n    dct:language ")
                .append(LANGUAGES)
                .append(" ;\n    dct:modified ")
                .append(dateTime(modified))
                .append(" ;\n    dcat:dataset ")
                .append(String.join(
                        ", ", DATASETS.stream().map(d -> iri(base + d.name())).toList()))
                .append(" .\n\n");
        ttl.append(iri(publisher))
                .append(" a foaf:Agent, foaf:Organization ;\n    foaf:name ")
                .append(literal(properties.publisher().de(), "de"))
                .append(", ")
                .append(literal(properties.publisher().en(), "en"))
                .append(" .\n\n");
        for (Dataset dataset : DATASETS) {
            dataset(ttl, base, dataset, publisher, modified(dataset));
        }
        return ttl.toString();
    }

    private void dataset(StringBuilder ttl, String base, Dataset dataset, String publisher, Instant modified) {
        String page = address.base() + PublicPage.OPEN_DATA.path(Locale.GERMAN) + "#" + dataset.name();
        ttl.append(iri(base + dataset.name()))
                .append(" a dcat:Dataset ;\n    dct:title ")
                .append(texts(dataset.key() + ".title"))
                .append(" ;\n    dct:description ")
                .append(texts(dataset.key() + ".description"))
                .append(" ;\n    dct:identifier ")
                .append(literal(base + dataset.name(), null))
                .append(" ;\n    dct:publisher ")
                .append(iri(publisher))
                .append(" ;\n    dcat:contactPoint [ a vcard:Kind, vcard:Organization ; vcard:fn ")
                .append(literal(properties.publisher().de(), "de"));
        if (site.email() != null && !site.email().isBlank()) {
            ttl.append(" ; vcard:hasEmail ").append(iri("mailto:" + site.email().strip()));
        }
        ttl.append(" ] ;\n    dcat:theme ")
                .append(iri(EU + "data-theme/GOVE"))
                .append(" ;\n    dcat:keyword ")
                .append(texts(dataset.key() + ".keyword"))
                .append(" ;\n    dcat:landingPage ")
                .append(iri(page))
                .append(" ;\n    dct:language ")
                .append(LANGUAGES)
                .append(" ;\n    dct:accrualPeriodicity ")
                .append(iri(EU + "frequency/UPDATE_CONT"))
                .append(" ;\n    dct:modified ")
                .append(dateTime(modified))
                .append(" ;\n    dcatde:politicalGeocodingURI ")
                .append(iri(properties.politicalGeocoding().toString()))
                .append(" ;\n    dcatde:politicalGeocodingLevelURI ")
                .append(iri(properties.politicalGeocodingLevel().toString()))
                .append(" ;\n    dct:spatial [ a dct:Location ; locn:geometry ")
                .append(
                        "\"{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]]}\"")
                .append("^^<https://www.iana.org/assignments/media-types/application/vnd.geo+json> ]");
        Optional<LocalDate> start = start(dataset);
        if (start.isPresent()) {
            ttl.append(" ;\n    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate ")
                    .append(literal(start.get().toString(), null))
                    .append("^^xsd:date ]");
        }
        if (properties.contributor() != null) {
            ttl.append(" ;\n    dcatde:contributorID ")
                    .append(iri(properties.contributor().toString()));
        }
        ttl.append(" ;\n    dcat:distribution ")
                .append(String.join(
                        ", ",
                        dataset.distributions().stream()
                                .map(d -> iri(base + d.file()))
                                .toList()))
                .append(" .\n\n");
        for (Distribution distribution : dataset.distributions()) {
            String url = base + distribution.file();
            ttl.append(iri(url))
                    .append(" a dcat:Distribution ;\n    dct:title ")
                    .append(literal(distribution.file(), null))
                    .append(" ;\n    dcat:accessURL ")
                    .append(iri(url))
                    .append(" ;\n    dcat:downloadURL ")
                    .append(iri(url))
                    .append(" ;\n    dct:format ")
                    .append(iri(EU + "file-type/" + distribution.fileType()))
                    .append(" ;\n    dcat:mediaType ")
                    .append(iri("https://www.iana.org/assignments/media-types/" + distribution.mediaType()))
                    .append(" ;\n    dct:license ")
                    .append(iri(properties.licence().toString()))
                    .append(" ;\n    dcatde:licenseAttributionByText ")
                    .append(literal(properties.attribution(), null))
                    .append(" ;\n    dct:modified ")
                    .append(dateTime(modified))
                    .append(" .\n\n");
        }
    }

    /**
     * When the dataset's data last changed (not the app's start, nor a change elsewhere on the site, which would make a
     * harvester fetch it again for nothing); the site's stamp when nothing is recorded yet.
     */
    private Instant modified(Dataset dataset) {
        Optional<Instant> changed =
                dataset == PARTNERSHIPS ? directory.lastPublishedChange() : activities.lastPublicChange();
        return changed.orElseGet(stamp::current).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Where the dataset's time begins: the earliest first instrument of a published partnership; the first year with
     * a public activity.
     */
    private Optional<LocalDate> start(Dataset dataset) {
        if (dataset == PARTNERSHIPS) {
            var earliest = directory.published(new PartnershipQuery(
                    null, null, null, null, null, null, null, PartnershipQuery.Sort.SINCE, false, 0, 1));
            return earliest.getContent().stream()
                    .map(PartnershipSummary::firstInstrument)
                    .filter(java.util.Objects::nonNull)
                    .map(DcatCatalog::startOf)
                    .findFirst();
        }
        List<Integer> years = activities.pastYears();
        return years.isEmpty() ? Optional.empty() : Optional.of(LocalDate.of(years.getLast(), 1, 1));
    }

    /** The first day of a date known to the year, month or day ({@code 1990}, {@code 2017-03}, {@code 1990-11-12}). */
    static LocalDate startOf(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> LocalDate.parse(iso + "-01");
            default -> LocalDate.parse(iso);
        };
    }

    private String texts(String key) {
        return literal(messages.getMessage(key, null, Locale.GERMAN), "de")
                + ", "
                + literal(messages.getMessage(key, null, Locale.ENGLISH), "en");
    }

    static String iri(String value) {
        URI checked = URI.create(value);
        String text = checked.toString();
        for (char c : text.toCharArray()) {
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Not an IRI for Turtle: " + value);
            }
        }
        return "<" + text + ">";
    }

    /** A Turtle string literal with its language tag (none: {@code null}). */
    static String literal(String value, String language) {
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c);
            }
        }
        escaped.append('"');
        return language == null ? escaped.toString() : escaped + "@" + language;
    }

    private static String dateTime(Instant instant) {
        return "\"" + instant.atOffset(ZoneOffset.UTC) + "\"^^xsd:dateTime";
    }
}
