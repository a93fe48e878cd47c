package org.jumelage.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * Open data: the datasets at stable addresses under {@code /open-data/} (the same in both languages, for harvesters
 * and scripts), the DCAT-AP.de catalogue that describes them, and a page per language that lists them with their
 * columns. Every answer carries the public site's ETag and {@code Last-Modified}, so a harvester that asks again gets
 * {@code 304} until the data changes.
 */
@Controller
class OpenDataController {

    private final OpenDataSets datasets;
    private final DcatCatalog catalog;
    private final OpenDataProperties properties;
    private final PublicationStamp stamp;
    private final SiteLinks links;
    private final OpenDataFiles files;

    OpenDataController(
            OpenDataSets datasets,
            DcatCatalog catalog,
            OpenDataProperties properties,
            PublicationStamp stamp,
            SiteLinks links,
            OpenDataFiles files) {
        this.files = files;
        this.datasets = datasets;
        this.catalog = catalog;
        this.properties = properties;
        this.stamp = stamp;
        this.links = links;
    }

    @GetMapping({"/de/offene-daten", "/en/open-data"})
    String page(WebRequest request, HttpServletRequest servletRequest, Model model) {
        if (stamp.notModified(request)) {
            return null;
        }
        String base = servletRequest.getContextPath() + "/open-data/";
        model.addAttribute("base", base);
        model.addAttribute("datasets", DcatCatalog.DATASETS);
        model.addAttribute("partnershipColumns", OpenDataSets.PARTNERSHIP_COLUMNS);
        model.addAttribute("activityColumns", OpenDataSets.ACTIVITY_COLUMNS);
        model.addAttribute("licence", properties.licencePage());
        model.addAttribute("licenceName", properties.licenceName());
        model.addAttribute("attribution", properties.attribution());
        links.describe(model, servletRequest, PublicPage.OPEN_DATA.alternates());
        return "publicweb/open-data";
    }

    @GetMapping("/open-data/partnerships.csv")
    void partnershipsCsv(WebRequest request, HttpServletResponse response) throws IOException {
        send(request, response, "text/csv", "partnerships.csv", true, datasets::partnershipsCsv);
    }

    @GetMapping("/open-data/partnerships.geojson")
    void partnershipsGeoJson(WebRequest request, HttpServletResponse response) throws IOException {
        send(request, response, "application/geo+json", "partnerships.geojson", true, datasets::partnershipsGeoJson);
    }

    @GetMapping("/open-data/activities.csv")
    void activitiesCsv(WebRequest request, HttpServletResponse response) throws IOException {
        send(request, response, "text/csv", "activities.csv", true, datasets::activitiesCsv);
    }

    @GetMapping("/open-data/catalog.ttl")
    void catalog(WebRequest request, HttpServletResponse response) throws IOException {
        send(request, response, "text/turtle", "catalog.ttl", false, out -> out.write(catalog.turtle()));
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    /**
     * Answers 304 when the client's copy is current; otherwise the content as UTF-8 from its file for this state of the
     * data ({@link OpenDataFiles}), a dataset as a download.
     */
    private void send(
            WebRequest request, HttpServletResponse response, String type, String file, boolean download, Body body)
            throws IOException {
        String etag = stamp.etag();
        if (stamp.notModified(request, etag)) {
            return;
        }
        response.setContentType(type + ";charset=UTF-8");
        if (download) {
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file).build().toString());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        OpenDataFiles.Written written = files.file(file, etag, stamp::etag, body::write);
        if (!written.etag().equals(etag)) {
            // Published anew while it was written: the file holds the new state, and says so.
            response.setHeader(HttpHeaders.ETAG, written.etag());
        }
        response.setContentLengthLong(java.nio.file.Files.size(written.path()));
        java.nio.file.Files.copy(written.path(), response.getOutputStream());
    }
}
