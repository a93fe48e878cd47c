package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The benchmark's yardstick: the public site's layout with no data, through the same filters, security and rendering
 * as every other page. Its throughput is the ceiling of the stack that the benchmark compares each page with
 * (docs/performance.md). Present only where {@code jumelage.benchmark.bare-page=true}; the benchmark sets it.
 */
@Controller
@ConditionalOnBooleanProperty("jumelage.benchmark.bare-page")
class BarePageController {

    private static final Map<String, String> ALTERNATES =
            Map.of("de", "/de/benchmark-leer", "en", "/en/benchmark-bare");

    private final SiteLinks links;

    BarePageController(SiteLinks links) {
        this.links = links;
    }

    @GetMapping({"/de/benchmark-leer", "/en/benchmark-bare"})
    String bare(HttpServletRequest request, org.springframework.ui.Model model) {
        links.describe(model, request, ALTERNATES);
        return "publicweb/bare";
    }
}
