package org.jumelage.platform;

import java.util.Locale;
import org.jumelage.shared.Countries;
import org.springframework.stereotype.Component;

/** Country names for templates ({@code ${@countryNames.name(code, #locale)}}), which may not call static methods. */
@Component("countryNames")
class CountryNames {

    public String name(String code, Locale locale) {
        return Countries.name(code, locale);
    }
}
