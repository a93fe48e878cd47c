package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityCalendar.PublicActivity;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublicCity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/** "Aktuelles" (public activities to come) and "Rückblick" (those held, by year). */
@Controller
class PublicActivitiesController {

    /** A public activity with its partner cities' names and addresses on the public site. */
    record Listed(PublicActivity activity, List<CityLink> cities) {}

    /** A partner city as a link, or as a name only when its relationship is not public. */
    record CityLink(String name, String href) {}

    private final ActivityCalendar activities;
    private final PartnerDirectory directory;
    private final SiteLinks links;
    private final PublicationStamp stamp;

    PublicActivitiesController(
            ActivityCalendar activities, PartnerDirectory directory, SiteLinks links, PublicationStamp stamp) {
        this.activities = activities;
        this.directory = directory;
        this.links = links;
        this.stamp = stamp;
    }

    @GetMapping({"/de/aktuelles", "/en/news"})
    String news(WebRequest request, HttpServletRequest servletRequest, Locale locale, Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        model.addAttribute("activities", listed(activities.upcoming(), locale, servletRequest));
        model.addAttribute(
                "feed", servletRequest.getContextPath() + "/calendar/public.ics?lang=" + locale.getLanguage());
        links.describe(model, servletRequest, PublicPage.NEWS.alternates());
        return "publicweb/news";
    }

    @GetMapping({"/de/rueckblick", "/en/review"})
    String review(WebRequest request, HttpServletRequest servletRequest, Locale locale, Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        Map<Integer, List<Listed>> byYear = new LinkedHashMap<>();
        for (Listed item : listed(activities.past(), locale, servletRequest)) {
            byYear.computeIfAbsent(item.activity().startDate().getYear(), year -> new java.util.ArrayList<>())
                    .add(item);
        }
        model.addAttribute("years", byYear);
        links.describe(model, servletRequest, PublicPage.REVIEW.alternates());
        return "publicweb/review";
    }

    private List<Listed> listed(List<PublicActivity> found, Locale locale, HttpServletRequest request) {
        Map<String, PublicCity> published = new LinkedHashMap<>();
        directory.publishedCities().forEach(city -> published.put(city.slugEn(), city));
        return found.stream()
                .map(activity -> new Listed(
                        activity,
                        activity.citySlugs().stream()
                                .filter(published::containsKey)
                                .map(published::get)
                                .map(city -> new CityLink(
                                        city.name(locale),
                                        request.getContextPath() + PublicPage.cityPath(locale, city.slug(locale))))
                                .sorted(java.util.Comparator.comparing(CityLink::name))
                                .toList()))
                .toList();
    }
}
