package org.jumelage.exchange.web;

import java.util.Locale;
import org.jumelage.people.Organisation;
import org.jumelage.people.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The names the exchange's pages show for ids: units and administrations, people with an account. */
@Component
class Names {

    private final Organisation organisation;
    private final StaffDirectory staff;
    private final LanguageChoices languages = new LanguageChoices();

    Names(Organisation organisation, StaffDirectory staff) {
        this.organisation = organisation;
        this.staff = staff;
    }

    Organisation organisation() {
        return organisation;
    }

    org.jumelage.shared.Names units(Locale locale) {
        return org.jumelage.shared.Names.of(organisation.unitsById(), unit -> unit.name(locale));
    }

    /** The administration (Berlin's or a partner city's) each unit belongs to, by name. */
    org.jumelage.shared.Names administrations(Locale locale) {
        return org.jumelage.shared.Names.of(organisation.administrations(), unit -> unit.name(locale));
    }

    String person(Long accountId) {
        return accountId == null
                ? ""
                : staff.staffMember(accountId)
                        .map(StaffDirectory.StaffMember::displayName)
                        .orElse("");
    }

    /** Unit and administration names for a page. */
    LanguageChoices languages() {
        return languages;
    }

    void addTo(Model model, Locale locale) {
        model.addAttribute("languageNames", languages);
        model.addAttribute("unitNames", units(locale));
        model.addAttribute("administrationNames", administrations(locale));
    }
}
