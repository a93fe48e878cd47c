package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.jumelage.search.SearchLinks;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.SiteSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public site's search, at {@code /de/suche} and {@code /en/search} (beside, not below, the city pages): public
 * content only, the published cities, activities, programmes, open calls and reports, in the page's language.
 */
@Controller
class PublicSearchController {

    static final int PAGE_SIZE = 10;

    private final SiteSearch search;
    private final SiteLinks links;

    PublicSearchController(SiteSearch search, SiteLinks links) {
        this.search = search;
        this.links = links;
    }

    @GetMapping({"/de/suche", "/en/search"})
    String search(
            @RequestParam Map<String, String> parameters, HttpServletRequest request, Locale locale, Model model) {
        SearchQuery query = SearchQuery.of(parameters, PAGE_SIZE);
        model.addAttribute("results", search.searchPublic(query, locale));
        model.addAttribute("links", new SearchLinks(PublicPage.SEARCH.path(locale), query));
        links.describe(model, request, PublicPage.SEARCH.alternates());
        return "publicweb/search";
    }
}
