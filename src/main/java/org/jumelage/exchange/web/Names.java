package org.jumelage.exchange.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.UnitRef;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The names the exchange's pages show for ids: units and administrations, people with an account. */
@Component
class Names {

    private final Organisation organisation;
    private final StaffDirectory staff;

    Names(Organisation organisation, StaffDirectory staff) {
        this.organisation = organisation;
        this.staff = staff;
    }

    Map<Long, String> units(Locale locale) {
        return organisation.units().stream().collect(Collectors.toMap(UnitRef::id, u -> u.name(locale)));
    }

    /** The administration (Berlin's or a partner city's) each unit belongs to, by name. */
    Map<Long, String> administrations(Locale locale) {
        return organisation.administrations().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name(locale)));
    }

    String person(Long accountId) {
        return accountId == null
                ? ""
                : staff.staffMember(accountId)
                        .map(StaffDirectory.StaffMember::displayName)
                        .orElse("");
    }

    /** Unit and administration names for a page. */
    void addTo(Model model, Locale locale) {
        model.addAttribute("unitNames", units(locale));
        model.addAttribute("administrationNames", administrations(locale));
    }
}
