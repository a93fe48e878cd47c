package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.jumelage.content.SiteTexts;
import org.jumelage.content.TextKey;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every public site needs: accessibility statement, easy-read explanation, imprint and privacy. */
@Controller
class PublicInfoController {

    private final SiteLinks links;
    private final SiteTexts texts;
    private final Duration feedbackRetention;

    PublicInfoController(SiteLinks links, SiteTexts texts, Environment environment) {
        this.links = links;
        this.texts = texts;
        // jumelage.feedback.* is the feedback module's (bound and validated there, P90D unless set); its form uses this
        // module's SiteLinks, so naming its settings' type here would make the two modules depend on each other.
        this.feedbackRetention = Binder.get(environment)
                .bind("jumelage.feedback.retention", Duration.class)
                .orElse(Duration.ofDays(90));
    }

    @GetMapping({"/de/barrierefreiheit", "/en/accessibility"})
    String accessibility(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("barriersHtml", texts.html(TextKey.ACCESSIBILITY_BARRIERS, locale));
        model.addAttribute("feedbackHref", request.getContextPath() + SiteLinks.feedbackPath(locale));
        links.describe(model, request, PublicPage.ACCESSIBILITY.alternates());
        return "publicweb/accessibility";
    }

    @GetMapping({"/de/leichte-sprache", "/en/easy-read"})
    String easyRead(HttpServletRequest request, Locale locale, Model model) {
        String context = request.getContextPath();
        model.addAttribute("overviewHref", context + PublicPage.OVERVIEW.path(locale));
        model.addAttribute("mapHref", context + PublicPage.MAP.path(locale));
        model.addAttribute("feedbackHref", context + SiteLinks.feedbackPath(locale));
        links.describe(model, request, PublicPage.EASY_READ.alternates());
        return "publicweb/easy-read";
    }

    @GetMapping({"/de/impressum", "/en/imprint"})
    String imprint(HttpServletRequest request, Model model) {
        links.describe(model, request, PublicPage.IMPRINT.alternates());
        return "publicweb/imprint";
    }

    @GetMapping({"/de/datenschutz", "/en/privacy"})
    String privacy(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("retentionDays", feedbackRetention.toDays());
        model.addAttribute("feedbackHref", request.getContextPath() + SiteLinks.feedbackPath(locale));
        links.describe(model, request, PublicPage.PRIVACY.alternates());
        return "publicweb/privacy";
    }
}
