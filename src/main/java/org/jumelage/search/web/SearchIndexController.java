package org.jumelage.search.web;

import org.jumelage.search.domain.SearchIndexState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' view of the index: how many entries, unread files, and the command that rebuilds it. */
@Controller
class SearchIndexController {

    private final SearchIndexState state;

    SearchIndexController(SearchIndexState state) {
        this.state = state;
    }

    @GetMapping("/office/search/index")
    String show(Model model) {
        model.addAttribute("status", state.status());
        model.addAttribute("figures", state.figures());
        return "search/index";
    }

    @PostMapping("/office/search/index")
    String rebuild(RedirectAttributes redirect) {
        if (state.rebuildInBackground()) {
            redirect.addFlashAttribute("success", "search.index.started");
        } else {
            redirect.addFlashAttribute("failure", "search.index.running");
        }
        return "redirect:/office/search/index";
    }
}
