package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.content.SiteTexts;
import org.jumelage.content.TextKey;
import org.jumelage.exchange.ExchangeProgrammes;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublicCity;
import org.jumelage.partners.PublishedCity;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.shared.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/** The public site's pages about partnerships: the overview and the map with its table; a city's page is {@link PublicCityController}'s. */
@Controller
class PublicSiteController {

    private final PartnerDirectory directory;
    private final SiteTexts texts;
    private final SiteLinks links;
    private final PublicationStamp stamp;
    private final ExchangeProgrammes exchange;
    private final SiteProperties site;

    PublicSiteController(
            PartnerDirectory directory,
            SiteTexts texts,
            SiteLinks links,
            PublicationStamp stamp,
            ExchangeProgrammes exchange,
            SiteProperties site) {
        this.site = site;
        this.directory = directory;
        this.texts = texts;
        this.links = links;
        this.stamp = stamp;
        this.exchange = exchange;
    }

    /** The overview in the visitor's language: the one they chose, else their browser's (LanguageConfiguration). */
    @GetMapping("/")
    String home(Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Vary", "Accept-Language, Cookie");
        return "redirect:" + PublicPage.OVERVIEW.path(locale);
    }

    /** A visitor who types just the language lands on the overview in that language. */
    @GetMapping({"/de", "/de/", "/en", "/en/"})
    String language(HttpServletRequest request) {
        Locale locale =
                request.getRequestURI().startsWith(request.getContextPath() + "/en") ? Locale.ENGLISH : Locale.GERMAN;
        return "redirect:" + PublicPage.OVERVIEW.path(locale);
    }

    /**
     * A city with its address, built once here: a {@code @{…}} link per item would pass every address through the
     * static-resource URL resolution, which made long lists slow (see docs/performance.md).
     */
    record CityLink(PublishedCity city, String href) {}

    private static List<CityLink> linked(List<PublishedCity> cities, Locale locale, HttpServletRequest request) {
        return cities.stream()
                .map(city ->
                        new CityLink(city, request.getContextPath() + PublicPage.cityPath(locale, city.slug(locale))))
                .toList();
    }

    @GetMapping({"/de/staedtepartnerschaften", "/en/city-partnerships"})
    String overview(WebRequest request, HttpServletRequest servletRequest, Locale locale, Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        List<PublishedCity> cities = directory.publishedCities();
        List<PublishedCity> partnerCities = cities.stream()
                .filter(city -> city.relationships().stream()
                        .anyMatch(r -> r.type() == RelationshipType.CITY_PARTNERSHIP
                                && r.holder() == null
                                && r.status() != RelationshipStatus.ENDED))
                .sorted(byName(locale))
                .toList();
        model.addAttribute("partnerCities", linked(partnerCities, locale, servletRequest));
        model.addAttribute(
                "technicalExchange",
                linked(withType(cities, RelationshipType.TECHNICAL_EXCHANGE, locale), locale, servletRequest));
        model.addAttribute("cooperation", cooperation(cities, locale, servletRequest));
        // The office's published texts, where it wrote its own; otherwise the template shows the default message.
        model.addAttribute(
                "introHtml", texts.publishedHtml(TextKey.OVERVIEW_INTRO, locale).orElse(null));
        model.addAttribute(
                "formsHtml", texts.publishedHtml(TextKey.OVERVIEW_FORMS, locale).orElse(null));
        model.addAttribute(
                "staffHtml", texts.publishedHtml(TextKey.OVERVIEW_STAFF, locale).orElse(null));
        model.addAttribute("programmes", programmes(cities, locale, servletRequest));
        model.addAttribute("openCalls", exchange.openCalls());
        links.describe(model, servletRequest, PublicPage.OVERVIEW.alternates());
        return "publicweb/overview";
    }

    /** Cities per page of the table under the map; the map itself shows them all. */
    static final int MAP_TABLE_PAGE = 50;

    @GetMapping({"/de/staedtepartnerschaften/karte", "/en/city-partnerships/map"})
    String map(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            WebRequest request,
            HttpServletRequest servletRequest,
            Locale locale,
            Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        List<PublishedCity> cities = directory.publishedCities().stream()
                .filter(city -> city.latitude() != null)
                .sorted(byName(locale))
                .toList();
        List<CityLink> linked = linked(cities, locale, servletRequest);
        model.addAttribute("cities", linked);
        SiteProperties.Home home = site.home();
        model.addAttribute(
                "map",
                home == null
                        ? PartnerMap.of(linked, locale, null, null, null)
                        : PartnerMap.of(
                                linked,
                                locale,
                                home.name() == null ? null : home.name().in(locale),
                                home.latitude(),
                                home.longitude()));
        int pages = Math.max(1, (linked.size() + MAP_TABLE_PAGE - 1) / MAP_TABLE_PAGE);
        int shown = Math.clamp(page, 0, pages - 1);
        int from = shown * MAP_TABLE_PAGE;
        int to = Math.min(linked.size(), from + MAP_TABLE_PAGE);
        model.addAttribute("tableCities", linked.subList(from, to));
        model.addAttribute("tableFrom", linked.isEmpty() ? 0 : from + 1);
        model.addAttribute("tableTo", to);
        String base = servletRequest.getContextPath() + PublicPage.MAP.path(locale) + "?page=";
        model.addAttribute("previousPage", shown > 0 ? base + (shown - 1) + "#cities-table" : null);
        model.addAttribute("nextPage", shown < pages - 1 ? base + (shown + 1) + "#cities-table" : null);
        links.describe(model, servletRequest, PublicPage.MAP.alternates());
        return "publicweb/map";
    }

    private static Comparator<PublishedCity> byName(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return Comparator.comparing(city -> city.name(locale), collator);
    }

    private static List<PublishedCity> withType(List<PublishedCity> cities, RelationshipType type, Locale locale) {
        return cities.stream()
                .filter(city -> city.has(type))
                .sorted(byName(locale))
                .toList();
    }

    /** An exchange programme with links to its partner cities' pages (public cities only). */
    record ProgrammeItem(ExchangeProgrammes.PublicProgramme programme, List<CityLink> cities) {}

    private List<ProgrammeItem> programmes(List<PublishedCity> cities, Locale locale, HttpServletRequest request) {
        Map<Long, PublishedCity> publicById = new LinkedHashMap<>();
        cities.forEach(city -> publicById.put(city.id(), city));
        return exchange.programmes().stream()
                .map(programme -> new ProgrammeItem(
                        programme,
                        linked(
                                programme.partnerCityIds().stream()
                                        .filter(publicById::containsKey)
                                        .map(publicById::get)
                                        .sorted(byName(locale))
                                        .toList(),
                                locale,
                                request)))
                .toList();
    }

    /** Which units cooperate closely (or build up cooperation) with which cities, unit by unit. */
    private static Map<String, Map<ResponsibilityRole, List<CityLink>>> cooperation(
            List<PublishedCity> cities, Locale locale, HttpServletRequest request) {
        Map<String, Map<ResponsibilityRole, List<CityLink>>> result = new LinkedHashMap<>();
        for (CityLink link : linked(cities.stream().sorted(byName(locale)).toList(), locale, request)) {
            for (PublishedCity.Listing relationship : link.city().relationships()) {
                for (PublicCity.Unit unit : relationship.cooperation()) {
                    if (unit.role() == ResponsibilityRole.CLOSE_COOPERATION
                            || unit.role() == ResponsibilityRole.GROWING_COOPERATION) {
                        List<CityLink> list = result.computeIfAbsent(unit.name(locale), key -> new LinkedHashMap<>())
                                .computeIfAbsent(unit.role(), key -> new java.util.ArrayList<>());
                        if (!list.contains(link)) {
                            list.add(link);
                        }
                    }
                }
            }
        }
        return result;
    }
}
