package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.exchange.ExchangeProgrammes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff exchange for future applicants and the public: each programme's anonymous figures (completed stays per
 * year, small numbers withheld; partner administrations; the participants' mean mark) and the experience reports
 * their authors agreed to publish, without names, a page at a time.
 */
@Controller
class PublicExchangeController {

    static final int REPORTS_PER_PAGE = 10;

    private final ExchangeProgrammes exchange;
    private final SiteLinks links;

    PublicExchangeController(ExchangeProgrammes exchange, SiteLinks links) {
        this.exchange = exchange;
        this.links = links;
    }

    @GetMapping({"/de/verwaltungsaustausch", "/en/staff-exchange"})
    String show(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Map<String, ExchangeProgrammes.PublicProgramme> programmes = exchange.programmes().stream()
                .collect(Collectors.toMap(ExchangeProgrammes.PublicProgramme::code, Function.identity()));
        List<ExchangeProgrammes.PublicFigures> figures = exchange.figures();
        model.addAttribute("programmes", programmes);
        model.addAttribute("figures", figures);
        model.addAttribute("smallest", ExchangeProgrammes.SMALLEST);
        model.addAttribute("reports", exchange.reports(page, REPORTS_PER_PAGE));
        links.describe(model, request, PublicPage.EXCHANGE.alternates());
        return "publicweb/exchange";
    }
}
