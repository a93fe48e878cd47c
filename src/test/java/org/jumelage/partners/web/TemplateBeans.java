package org.jumelage.partners.web;

import java.util.Locale;
import org.jumelage.shared.Countries;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What the platform gives the registry's templates and a controller slice does not load: country names. */
@TestConfiguration
class TemplateBeans {

    @Bean("countryNames")
    CountryNames countryNames() {
        return new CountryNames();
    }

    /** The same as the platform's {@code countryNames}: {@code ${@countryNames.name(code, #locale)}}. */
    public static class CountryNames {

        public String name(String code, Locale locale) {
            return Countries.name(code, locale);
        }
    }
}
