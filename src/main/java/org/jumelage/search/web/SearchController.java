package org.jumelage.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.jumelage.people.JumelageUser;
import org.jumelage.search.SearchLinks;
import org.jumelage.search.SearchQuery;
import org.jumelage.search.domain.Searcher;
import org.jumelage.shared.Htmx;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's search, for everyone signed in: hits, snippets and facet counts only from what the person may
 * open. As the person types, htmx replaces the results; without JavaScript the form submits.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final Searcher searcher;

    SearchController(Searcher searcher) {
        this.searcher = searcher;
    }

    @GetMapping("/office/search")
    String search(
            @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal JumelageUser user,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        SearchQuery query = SearchQuery.of(parameters, PAGE_SIZE);
        model.addAttribute("results", searcher.searchOffice(query, user, locale));
        model.addAttribute("links", new SearchLinks("/office/search", query));
        return Htmx.pageOrFragment(request, response, "search/search", "results");
    }
}
