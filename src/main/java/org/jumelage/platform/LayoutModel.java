package org.jumelage.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jumelage.people.DemoMode;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.DateTexts;
import org.jumelage.shared.InstallationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the current path, the link to the same page in the other language, the user. */
@ControllerAdvice
// Controller slices (@WebMvcTest) scan no @ConfigurationProperties; every page needs the office's time zone.
@EnableConfigurationProperties(InstallationProperties.class)
class LayoutModel {

    private final ObjectProvider<DemoMode> demoMode;
    private final DateTexts dates;

    // A provider: controller slices (@WebMvcTest) run without the people module's beans.
    LayoutModel(ObjectProvider<DemoMode> demoMode, InstallationProperties installation) {
        this.demoMode = demoMode;
        this.dates = new DateTexts(installation.timeZone().getId());
    }

    /** Dates and times written one way per language on every page (DateTexts). */
    @ModelAttribute("dates")
    DateTexts dates() {
        return dates;
    }

    /** A demo installation says so on every page. */
    @ModelAttribute("demoInstance")
    boolean demoInstance() {
        DemoMode mode = demoMode.getIfAvailable();
        return mode != null && mode.isDemoInstance();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "de" : "en";
    }

    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = otherLanguage(locale);
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/office?lang=" + other;
        }
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", other)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    @ModelAttribute("currentUser")
    JumelageUser currentUser() {
        return JumelageUser.current().orElse(null);
    }
}
