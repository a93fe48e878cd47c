package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.partners.PartnerCatalog;
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
 * How activities read in the search (ADR 0025): for the back office the title, description, programme, outcome,
 * lessons learned, places and the participants' organisations (never their needs or names), with the cities, themes,
 * units, year and status as facets; for the public, a published activity's title and public summary only; and the text
 * of every stored document (minutes, presentations, reports).
 */
@Configuration(proxyBeanMethods = false)
class ActivitySearch {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;

    private final ActivityRepository activities;
    private final ActivityDocumentRepository documents;
    private final PartnerCatalog catalog;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    ActivitySearch(
            ActivityRepository activities,
            ActivityDocumentRepository documents,
            PartnerCatalog catalog,
            Organisation organisation,
            MessageSource messages,
            Clock clock) {
        this.activities = activities;
        this.documents = documents;
        this.catalog = catalog;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    SearchSource activitySource() {
        return new SearchSource() {
            @Override
            public String topic() {
                return "activity";
            }

            @Override
            public List<SearchDocument> documents(Collection<Long> ids) {
                var lists = catalog.lists();
                Map<Long, UnitRef> units = organisation.unitsById();
                Instant now = Instant.now(clock);
                List<SearchDocument> found = new ArrayList<>();
                for (Activity activity : activities.findAllById(ids)) {
                    found.add(office(activity, lists, units));
                    if (activity.isPublicVisible()) {
                        found.add(published(activity, lists, now));
                    }
                }
                return found;
            }

            @Override
            public List<Long> ids(long after, int limit) {
                return activities.findIdsAfter(after, Limit.of(limit));
            }
        };
    }

    @Bean
    SearchSource activityDocumentSource() {
        return new SearchSource() {
            @Override
            public String topic() {
                return "activity-document";
            }

            @Override
            public List<SearchDocument> documents(Collection<Long> ids) {
                var lists = catalog.lists();
                List<SearchDocument> found = new ArrayList<>();
                for (Object[] row : documents.findForSearch(ids)) {
                    long id = (Long) row[0];
                    Activity activity = (Activity) row[1];
                    String title = (String) row[2];
                    int number = (Integer) row[3];
                    String fileName = (String) row[4];
                    String sha256 = (String) row[5];
                    var document = SearchDocument.office(
                                    "activity-document", id, "/office/activities/" + activity.getId() + "#documents")
                            .title(
                                    messages.getMessage(
                                            "search.activityDocument.title",
                                            new Object[] {title, number, activity.title(DE)},
                                            DE),
                                    messages.getMessage(
                                            "search.activityDocument.title",
                                            new Object[] {title, number, activity.title(EN)},
                                            EN))
                            .names(fileName)
                            .audience(Audience.OFFICE)
                            .file(fileName, sha256, () -> documents.findContent(id));
                    cityFacets(activity, lists, document);
                    themeFacets(activity, lists, document);
                    yearFacet(activity, document);
                    found.add(document.build());
                }
                return found;
            }

            @Override
            public List<Long> ids(long after, int limit) {
                return documents.findIdsAfter(after, Limit.of(limit));
            }
        };
    }

    private SearchDocument office(Activity activity, PartnerCatalog.Lists lists, Map<Long, UnitRef> units) {
        var document = SearchDocument.office("activity", activity.getId(), "/office/activities/" + activity.getId())
                .title(activity.getTitleDe(), activity.getTitleEn())
                .names(activity.getPlace(), activity.getPlaceEn(), activity.getVenue())
                .text(
                        label("activityType." + activity.getType(), DE),
                        label("activityType." + activity.getType(), EN),
                        activity.getDescriptionDe(),
                        activity.getDescriptionEn(),
                        activity.getPublicSummaryDe(),
                        activity.getPublicSummaryEn(),
                        activity.getOutcomeSummary(),
                        activity.getOutcomeResults(),
                        activity.getLessonsWorked(),
                        activity.getLessonsNotWorked(),
                        activity.getLessonsRecommendation(),
                        activity.getCancelReason())
                .audience(Audience.OFFICE);
        for (ProgrammeItem item : activity.getProgramme()) {
            document.text(item.getTitle(), item.getVenue());
        }
        for (Participant participant : activity.getParticipants()) {
            document.names(participant.getOrganisation());
            document.text(participant.getFunctionTitle());
        }
        cityFacets(activity, lists, document);
        themeFacets(activity, lists, document);
        for (Long unitId : activity.getUnitIds()) {
            UnitRef unit = units.get(unitId);
            if (unit != null) {
                document.names(unit.nameDe(), unit.nameEn());
                document.facet(new SearchFacet(
                        SearchFacet.Dimension.UNIT, Long.toString(unit.id()), unit.nameDe(), unit.nameEn()));
            }
        }
        yearFacet(activity, document);
        String status = "activityStatus." + activity.getStatus();
        document.facet(new SearchFacet(
                SearchFacet.Dimension.STATUS, activity.getStatus().name(), label(status, DE), label(status, EN)));
        return document.build();
    }

    /** What the public news and review show: title, public summary, place, cities and themes. */
    private SearchDocument published(Activity activity, PartnerCatalog.Lists lists, Instant now) {
        boolean past = activity.getEndsAt() != null && activity.getEndsAt().isBefore(now);
        var document = SearchDocument.published(
                        "activity",
                        activity.getId(),
                        past ? "/de/rueckblick" : "/de/aktuelles",
                        past ? "/en/review" : "/en/news")
                .title(activity.getTitleDe(), activity.getTitleEn())
                .names(activity.getPlace(), activity.getPlaceEn())
                .text(activity.getPublicSummaryDe(), activity.getPublicSummaryEn());
        cityFacets(activity, lists, document);
        themeFacets(activity, lists, document);
        yearFacet(activity, document);
        return document.build();
    }

    private static void cityFacets(Activity activity, PartnerCatalog.Lists lists, SearchDocument.Builder document) {
        for (Long cityId : activity.getCityIds()) {
            PartnerCatalog.CityRef city = lists.citiesById().get(cityId);
            if (city != null) {
                document.names(city.nameDe(), city.nameEn());
                document.facet(new SearchFacet(
                        SearchFacet.Dimension.CITY, Long.toString(cityId), city.nameDe(), city.nameEn()));
            }
        }
    }

    private static void themeFacets(Activity activity, PartnerCatalog.Lists lists, SearchDocument.Builder document) {
        for (String theme : activity.getThemes()) {
            lists.focusAreas().stream()
                    .filter(area -> area.code().equals(theme))
                    .findFirst()
                    .ifPresent(area -> {
                        document.text(area.nameDe(), area.nameEn());
                        document.facet(new SearchFacet(
                                SearchFacet.Dimension.THEME, area.code(), area.nameDe(), area.nameEn()));
                    });
        }
    }

    private static void yearFacet(Activity activity, SearchDocument.Builder document) {
        if (activity.getStartDate() != null) {
            document.facet(SearchFacet.year(activity.getStartDate().getYear()));
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
