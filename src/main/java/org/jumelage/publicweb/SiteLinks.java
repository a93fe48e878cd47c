package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.RequestPaths;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the public layout needs for every page: the same page in each language (language switch, {@code hreflang}),
 * the canonical address and absolute addresses for Open Graph.
 */
@Component
class SiteLinks {

    void describe(Model model, HttpServletRequest request, Map<String, String> alternates) {
        String base = ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .build()
                .toUriString();
        Locale locale = RequestPaths.of(request).startsWith("/en/") ? Locale.ENGLISH : Locale.GERMAN;
        String language = locale.getLanguage();
        String other = "en".equals(language) ? "de" : "en";
        model.addAttribute("siteBase", base);
        model.addAttribute("alternates", Map.of("de", base + alternates.get("de"), "en", base + alternates.get("en")));
        model.addAttribute("canonical", base + alternates.get(language));
        model.addAttribute("otherLanguage", other);
        model.addAttribute("otherLanguagePath", alternates.get(other));
        model.addAttribute("pageLanguage", language);
    }
}
