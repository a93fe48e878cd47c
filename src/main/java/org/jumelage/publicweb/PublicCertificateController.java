package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jumelage.exchange.CertificateCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a certificate of participation: anyone with its number learns whether it was issued, for whom
 * and for which stay, and nothing more than the certificate itself says. Not kept by the rendered-page cache: each
 * answer depends on the number asked.
 */
@Controller
class PublicCertificateController {

    /** The longest number accepted as typed (spaces and dashes included). */
    private static final int MAX_TYPED = 40;

    private final CertificateCheck certificates;
    private final SiteLinks links;

    PublicCertificateController(CertificateCheck certificates, SiteLinks links) {
        this.certificates = certificates;
        this.links = links;
    }

    @GetMapping({"/de/bescheinigung", "/en/certificate"})
    String check(
            @RequestParam(required = false) String number, HttpServletRequest request, Locale locale, Model model) {
        String typed = number == null ? "" : number.strip();
        if (typed.length() > MAX_TYPED) {
            typed = typed.substring(0, MAX_TYPED);
        }
        model.addAttribute("number", typed);
        model.addAttribute("asked", !typed.isEmpty());
        model.addAttribute(
                "certificate",
                typed.isEmpty() ? null : certificates.check(typed).orElse(null));
        links.describe(model, request, PublicPage.CERTIFICATE.alternates());
        return "publicweb/certificate";
    }
}
