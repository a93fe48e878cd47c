package org.jumelage.activities.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.SelectOptions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the activity pages offer (cities, networks, units, themes, time zones) and names for ids. */
@Component
class Choices {

    /** Region time zones (Europe/Warsaw, Asia/Tokyo, …), sorted; the place's zone is one of them. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted()
            .toList();

    private final PartnerCatalog catalog;
    private final Organisation organisation;

    Choices(PartnerCatalog catalog, Organisation organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /**
     * The filter forms' choices; the long ones (every city, every unit) as options written once and kept until they
     * change ({@link SelectOptions}).
     */
    void forFilters(Model model, Locale locale) {
        String language = locale.getLanguage();
        PartnerCatalog.Lists lists = catalog.lists();
        List<PartnerCatalog.CityRef> cities = lists.cities();
        model.addAttribute(
                "cityOptions",
                SelectOptions.kept(
                        "activities.cities." + language,
                        cities,
                        () -> SelectOptions.of(cities, PartnerCatalog.CityRef::id, city -> city.name(locale))));
        List<UnitRef> units = organisation.units();
        model.addAttribute(
                "unitOptions",
                SelectOptions.kept(
                        "activities.units." + language,
                        units,
                        () -> SelectOptions.of(units, UnitRef::id, unit -> unit.name(locale))));
        model.addAttribute("themes", lists.focusAreas());
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }

    void forForm(Model model, Locale locale) {
        forFilters(model, locale);
        model.addAttribute("cities", catalog.cities());
        model.addAttribute("units", organisation.units());
        model.addAttribute("networks", catalog.networks());
        model.addAttribute("levels", ActivityLevel.values());
        model.addAttribute("zones", ZONES);
    }

    void forDetail(Model model) {
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute("ratings", LessonRating.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }

    /**
     * Names for the ids an activity refers to, in the reader's language: cities and units are looked up in what the
     * catalogue and the organisation keep, not copied into a map of every city for each page.
     */
    void names(Model model, Locale locale) {
        PartnerCatalog.Lists lists = catalog.lists();
        model.addAttribute("cityNames", org.jumelage.shared.Names.of(lists.citiesById(), city -> city.name(locale)));
        model.addAttribute(
                "networkNames",
                lists.networks().stream()
                        .collect(Collectors.toMap(PartnerCatalog.NetworkRef::id, PartnerCatalog.NetworkRef::name)));
        model.addAttribute(
                "unitNames", org.jumelage.shared.Names.of(organisation.unitsById(), unit -> unit.name(locale)));
        model.addAttribute(
                "themeNames",
                lists.focusAreas().stream()
                        .collect(Collectors.toMap(PartnerCatalog.FocusRef::code, f -> f.name(locale))));
    }

    Map<Long, PartnerCatalog.CityRef> citiesById() {
        return catalog.citiesById();
    }
}
