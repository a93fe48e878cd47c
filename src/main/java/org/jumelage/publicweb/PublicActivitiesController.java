package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityCalendar.PublicActivity;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublishedCity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** Activities per page of the news and the review. */
    static final int PAGE_SIZE = 50;

    @GetMapping({"/de/aktuelles", "/en/news"})
    String news(
            @RequestParam(defaultValue = "0") int page,
            WebRequest request,
            HttpServletRequest servletRequest,
            Locale locale,
            Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        ActivityCalendar.Listing listing = activities.upcoming(page, PAGE_SIZE);
        model.addAttribute("activities", listed(listing.items(), locale, servletRequest));
        pages(model, servletRequest, PublicPage.NEWS.path(locale) + "?", listing);
        model.addAttribute(
                "feed", servletRequest.getContextPath() + "/calendar/public.ics?lang=" + locale.getLanguage());
        links.describe(model, servletRequest, PublicPage.NEWS.alternates());
        return "publicweb/news";
    }

    /** One year at a time (the latest unless chosen), in pages. */
    @GetMapping({"/de/rueckblick", "/en/review"})
    String review(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            WebRequest request,
            HttpServletRequest servletRequest,
            Locale locale,
            Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        List<Integer> years = activities.pastYears();
        String path = servletRequest.getContextPath() + PublicPage.REVIEW.path(locale);
        Map<Integer, String> yearLinks = new LinkedHashMap<>();
        years.forEach(y -> yearLinks.put(y, path + "?year=" + y));
        model.addAttribute("years", yearLinks);
        if (!years.isEmpty()) {
            int shown = year != null && years.contains(year) ? year : years.getFirst();
            ActivityCalendar.Listing listing = activities.pastIn(shown, page, PAGE_SIZE);
            model.addAttribute("year", shown);
            model.addAttribute("activities", listed(listing.items(), locale, servletRequest));
            pages(model, servletRequest, PublicPage.REVIEW.path(locale) + "?year=" + shown + "&", listing);
        }
        links.describe(model, servletRequest, PublicPage.REVIEW.alternates());
        return "publicweb/review";
    }

    /** Links to the previous and next page, where there are such pages. */
    private static void pages(
            Model model, HttpServletRequest request, String pathAndQuery, ActivityCalendar.Listing listing) {
        String base = request.getContextPath() + pathAndQuery + "page=";
        model.addAttribute("previousPage", listing.page() > 0 ? base + (listing.page() - 1) : null);
        model.addAttribute("nextPage", listing.more() ? base + (listing.page() + 1) : null);
    }

    private List<Listed> listed(List<PublicActivity> found, Locale locale, HttpServletRequest request) {
        Map<String, PublishedCity> published = new LinkedHashMap<>();
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
