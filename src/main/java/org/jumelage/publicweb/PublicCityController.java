package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublicCity;
import org.jumelage.shared.MapPin;
import org.jumelage.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** A partner city's public page: its relationships, a pin on the map, its activities and their feed. */
@Controller
class PublicCityController {

    /** A city's page lists at most this many coming and this many past activities (the feed has them all). */
    static final int CITY_PAGE_ACTIVITIES = 10;

    private final PartnerDirectory directory;
    private final SiteLinks links;
    private final PublicationStamp stamp;
    private final ActivityCalendar activities;

    PublicCityController(
            PartnerDirectory directory, SiteLinks links, PublicationStamp stamp, ActivityCalendar activities) {
        this.directory = directory;
        this.links = links;
        this.stamp = stamp;
        this.activities = activities;
    }

    @GetMapping({"/de/staedtepartnerschaften/{slug}", "/en/city-partnerships/{slug}"})
    String city(
            @PathVariable String slug,
            WebRequest request,
            HttpServletRequest servletRequest,
            Locale locale,
            Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        PublicCity city = directory.publishedCity(slug, locale).orElseThrow(() -> new NotFound("public city", slug));
        model.addAttribute("city", city);
        model.addAttribute("pin", MapPin.at(city.latitude(), city.longitude()));
        ActivityCalendar.Timeline timeline = activities.timelineOf(city.id(), CITY_PAGE_ACTIVITIES);
        model.addAttribute("upcoming", timeline.upcoming());
        model.addAttribute("past", timeline.past());
        model.addAttribute("cityFeed", servletRequest.getContextPath() + "/calendar/cities/" + city.slugEn() + ".ics");
        model.addAttribute("jsonLd", structuredData(city, locale));
        links.describe(
                model,
                servletRequest,
                Map.of(
                        "de", PublicPage.cityPath(Locale.GERMAN, city.slugDe()),
                        "en", PublicPage.cityPath(Locale.ENGLISH, city.slugEn())));
        return "publicweb/city";
    }

    /** schema.org data about the city, for search engines. */
    private static Map<String, Object> structuredData(PublicCity city, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "City");
        data.put("name", city.name(locale));
        if (city.nameLocal() != null) {
            data.put("alternateName", city.nameLocal());
        }
        if (city.latitude() != null) {
            data.put(
                    "geo",
                    Map.of("@type", "GeoCoordinates", "latitude", city.latitude(), "longitude", city.longitude()));
        }
        data.put("containedInPlace", Map.of("@type", "Country", "identifier", city.country()));
        if (city.wikidataId() != null) {
            data.put("sameAs", "https://www.wikidata.org/wiki/" + city.wikidataId());
        }
        return data;
    }
}
