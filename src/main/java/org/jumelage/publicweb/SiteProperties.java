package org.jumelage.publicweb;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.jumelage.shared.Localized;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What makes the public site a particular city's site: its name, the body responsible for it (imprint), the contact
 * for feedback, and the accessibility statement's date and enforcement body. Set under {@code jumelage.site.*}; the
 * defaults in {@code application.properties} describe Berlin.
 *
 * @param name the site's name, in the title of every page and in its header
 * @param claim the line under the name
 * @param operator the body responsible for the site, one line of its postal address per line
 * @param email the office's address for questions and feedback
 * @param phone the office's telephone number, or empty
 * @param statementDate when the accessibility statement was last reviewed
 * @param accessibilityCommissioner the enforcement body a visitor may turn to when feedback gets no answer
 * @param commissionerName that body's name
 * @param home the city itself, marked on the public map
 */
@ConfigurationProperties("jumelage.site")
public record SiteProperties(
        Text name,
        Text claim,
        String operator,
        String email,
        String phone,
        LocalDate statementDate,
        URI accessibilityCommissioner,
        Text commissionerName,
        Home home) {

    /** The city whose site it is, with the coordinates of its mark on the map (none without them). */
    public record Home(Text name, Double latitude, Double longitude) {}

    /** A text in German and English. */
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
