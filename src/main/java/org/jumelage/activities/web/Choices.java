package org.jumelage.activities.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.UnitRef;
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
    private final StaffDirectory staff;

    Choices(PartnerCatalog catalog, Organisation organisation, StaffDirectory staff) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.staff = staff;
    }

    void forFilters(Model model) {
        model.addAttribute("cities", catalog.cities());
        model.addAttribute("units", organisation.units());
        model.addAttribute("themes", catalog.focusAreas());
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }

    void forForm(Model model) {
        forFilters(model);
        model.addAttribute("networks", catalog.networks());
        model.addAttribute("levels", ActivityLevel.values());
        model.addAttribute("zones", ZONES);
    }

    void forDetail(Model model) {
        model.addAttribute("staff", staff.staff());
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute("ratings", LessonRating.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }

    /** Names for the ids an activity refers to, in the reader's language. */
    void names(Model model, Locale locale) {
        model.addAttribute(
                "cityNames",
                catalog.cities().stream().collect(Collectors.toMap(PartnerCatalog.CityRef::id, c -> c.name(locale))));
        model.addAttribute(
                "networkNames",
                catalog.networks().stream()
                        .collect(Collectors.toMap(PartnerCatalog.NetworkRef::id, PartnerCatalog.NetworkRef::name)));
        model.addAttribute(
                "unitNames", organisation.units().stream().collect(Collectors.toMap(UnitRef::id, u -> u.name(locale))));
        model.addAttribute(
                "themeNames",
                catalog.focusAreas().stream()
                        .collect(Collectors.toMap(PartnerCatalog.FocusRef::code, f -> f.name(locale))));
    }

    Map<Long, PartnerCatalog.CityRef> citiesById() {
        return catalog.cities().stream().collect(Collectors.toMap(PartnerCatalog.CityRef::id, Function.identity()));
    }
}
