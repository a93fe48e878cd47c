package org.jumelage.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What makes the installation a particular city's: its name, the body responsible for it (imprint, and every paper and
 * report the application writes), the contact for feedback, and the accessibility statement's date and enforcement
 * body. Set under {@code jumelage.site.*}; the defaults in {@code application.properties} describe Berlin. In the open
 * module because every module that writes a paper names the operator.
 *
 * @param name the site's name, in the title of every public page and in its header
 * @param claim the line under the site's name
 * @param operator the body responsible for the site, one line of its postal address per {@code \n}: the imprint, the
 *     privacy page, and every paper and report the application writes
 * @param email the office's public e-mail address (imprint, accessibility statement); empty: not shown
 * @param phone the office's public telephone number (imprint, accessibility statement); empty: not shown
 * @param statementDate when the accessibility statement was last reviewed
 * @param accessibilityCommissioner the enforcement body a visitor may turn to when feedback gets no answer, named in the
 *     accessibility statement
 * @param commissionerName that enforcement body's name
 * @param home the city itself, marked on the public map
 */
@Validated
@ConfigurationProperties("jumelage.site")
public record SiteProperties(
        @Valid Text name,
        @Valid Text claim,
        @NotNull String operator,
        String email,
        String phone,
        LocalDate statementDate,
        URI accessibilityCommissioner,
        @Valid Text commissionerName,
        @Valid Home home) {

    /**
     * The city whose site it is, with the coordinates of its mark on the map (none without them).
     *
     * @param name the city's name
     * @param latitude the latitude of the city's mark on the public map, in degrees (none: no mark)
     * @param longitude the longitude of the city's mark on the public map, in degrees (none: no mark)
     */
    public record Home(
            @Valid Text name,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

    /**
     * A text in German and English.
     *
     * @param de the text in German
     * @param en the text in English
     */
    public record Text(String de, String en) {
        public String in(Locale locale) {
            return Localized.pick(locale, de, en);
        }
    }

    /** The operator's address, line by line, for the imprint. */
    public java.util.List<String> operatorLines() {
        return operator == null
                ? java.util.List.of()
                : operator.lines().map(String::strip).toList();
    }
}
