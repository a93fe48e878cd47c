package org.jumelage.publicweb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublishedCity;
import org.jumelage.shared.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** {@code sitemap.xml} with every public page in both languages, and {@code robots.txt} pointing to it. */
@RestController
class SitemapController {

    private final PartnerDirectory directory;
    private final SiteAddress address;

    SitemapController(PartnerDirectory directory, SiteAddress address) {
        this.directory = directory;
        this.address = address;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\nDisallow: /office/\nDisallow: /login\nSitemap: " + address.base() + "/sitemap.xml\n";
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = address.base();
        List<String[]> pages = new ArrayList<>();
        for (PublicPage page : PublicPage.values()) {
            pages.add(new String[] {page.path(Locale.GERMAN), page.path(Locale.ENGLISH)});
        }
        for (PublishedCity city : directory.publishedCities()) {
            pages.add(new String[] {
                PublicPage.cityPath(Locale.GERMAN, city.slugDe()), PublicPage.cityPath(Locale.ENGLISH, city.slugEn())
            });
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String[] page : pages) {
            for (String own : page) {
                xml.append("  <url><loc>").append(escape(base + own)).append("</loc>");
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"")
                        .append(escape(base + page[0]))
                        .append("\"/>");
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"")
                        .append(escape(base + page[1]))
                        .append("\"/></url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
