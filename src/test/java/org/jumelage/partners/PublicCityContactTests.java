package org.jumelage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A contact on the public site: its function and organisation in the page's language, German marked as German. */
class PublicCityContactTests {

    @Test
    void englishPagesShowTheEnglishTextsWhereWrittenAndMarkTheGermanOnesOtherwise() {
        PublicCity.Contact both = new PublicCity.Contact(
                "Referat EU",
                "Städtepartnerschaften",
                "Senatskanzlei",
                "City partnerships",
                "Senate Chancellery",
                null,
                null);
        PublicCity.Contact germanOnly =
                new PublicCity.Contact("Referat EU", "Städtepartnerschaften", "Senatskanzlei", null, null, null, null);

        assertThat(both.function(Locale.ENGLISH)).isEqualTo("City partnerships");
        assertThat(both.organisation(Locale.ENGLISH)).isEqualTo("Senate Chancellery");
        assertThat(both.functionLanguage(Locale.ENGLISH)).isEqualTo("en");
        assertThat(both.function(Locale.GERMAN)).isEqualTo("Städtepartnerschaften");
        assertThat(germanOnly.function(Locale.ENGLISH)).isEqualTo("Städtepartnerschaften");
        assertThat(germanOnly.functionLanguage(Locale.ENGLISH)).isEqualTo("de");
        assertThat(germanOnly.organisationLanguage(Locale.ENGLISH)).isEqualTo("de");
        assertThat(germanOnly.functionLanguage(Locale.GERMAN)).isEqualTo("de");
    }
}
