package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jumelage.shared.RequestPaths;
import org.jumelage.shared.SiteAddress;
import org.jumelage.shared.SiteProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public layout ({@code layout/public.html}) needs for every page: the same page in each language (language
 * switch, {@code hreflang}), the canonical address, absolute addresses for Open Graph, the site's name and the footer
 * links. Other modules that render a public page call it too.
 */
@Component
public class SiteLinks {

    /** A link in the footer of every public page. */
    public record FooterLink(String messageKey, String href, boolean current) {}

    private final SiteProperties site;
    private final SiteAddress address;

    SiteLinks(SiteProperties site, SiteAddress address) {
        this.site = site;
        this.address = address;
    }

    /**
     * Describes a public page for the layout.
     *
     * @param alternates the page's path (without context path) per language, keys {@code de} and {@code en}
     */
    public void describe(Model model, HttpServletRequest request, Map<String, String> alternates) {
        describe(
                model,
                request,
                alternates,
                RequestPaths.of(request).startsWith("/en/") ? Locale.ENGLISH : Locale.GERMAN);
    }

    /** Like {@link #describe(Model, HttpServletRequest, Map)}, for a page whose address does not say its language. */
    public void describe(Model model, HttpServletRequest request, Map<String, String> alternates, Locale locale) {
        String base = address.base();
        String language = locale.getLanguage();
        String other = "en".equals(language) ? "de" : "en";
        model.addAttribute("siteBase", base);
        model.addAttribute("alternates", Map.of("de", base + alternates.get("de"), "en", base + alternates.get("en")));
        model.addAttribute("canonical", base + alternates.get(language));
        model.addAttribute("otherLanguage", other);
        model.addAttribute("otherLanguagePath", alternates.get(other));
        model.addAttribute("pageLanguage", language);
        model.addAttribute("site", site);
        String context = request.getContextPath();
        String current = alternates.get(language);
        model.addAttribute("privacyHref", context + PublicPage.PRIVACY.path(locale));
        model.addAttribute(
                "footerLinks",
                Stream.of(
                                Map.entry("public.footer.accessibility", PublicPage.ACCESSIBILITY.path(locale)),
                                Map.entry("public.footer.feedback", feedbackPath(locale)),
                                Map.entry("public.footer.easyRead", PublicPage.EASY_READ.path(locale)),
                                Map.entry("public.footer.openData", PublicPage.OPEN_DATA.path(locale)),
                                Map.entry("public.footer.imprint", PublicPage.IMPRINT.path(locale)),
                                Map.entry("public.footer.privacy", PublicPage.PRIVACY.path(locale)))
                        .map(link -> new FooterLink(
                                link.getKey(),
                                context + link.getValue(),
                                link.getValue().equals(current)))
                        .toList());
    }

    /** Where a visitor reports a barrier; the {@code feedback} module serves this address. */
    public static String feedbackPath(Locale locale) {
        return PublicPage.ACCESSIBILITY.path(locale)
                + ("en".equals(locale.getLanguage()) ? "/feedback" : "/rueckmeldung");
    }

    /** The feedback page's address per language, for {@link #describe}. */
    public static Map<String, String> feedbackAlternates() {
        return Map.of("de", feedbackPath(Locale.GERMAN), "en", feedbackPath(Locale.ENGLISH));
    }
}
