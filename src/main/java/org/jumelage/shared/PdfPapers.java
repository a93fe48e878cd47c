package org.jumelage.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a template of {@code templates/papers/} (well-formed XHTML) in a language and turns it into an accessible PDF:
 * tagged (PDF/UA-1: structure tree, {@code /Lang}, the title shown, every font embedded). The fonts are the vendored
 * DejaVu Sans (TrueType, which openhtmltopdf embeds; the site's Fira Sans is vendored as WOFF2 only). The one PDF writer
 * of every module: the exchange's stay papers and impact report, the reports' dossier.
 */
@Component
public class PdfPapers {

    private static final String FONTS = "/static/vendor/dejavu/";

    private final ITemplateEngine templates;
    private final String css;

    /**
     * How many documents are laid out at once. A long document (a dossier with hundreds of activities) takes tens of
     * megabytes while it is laid out; in the production heap of 256 MiB (docs/performance.md) a handful at once
     * filled it, and the collector then ran without end. Others wait their turn ({@link WriterSlots}).
     */
    private final WriterSlots rendering;

    /**
     * {@code jumelage.pdf.*}.
     *
     * @param concurrentRenders how many PDFs (dossiers, stay papers, impact reports) are laid out at once; each takes
     *     tens of megabytes of the heap while it is, others wait their turn (at most a minute, then 503)
     */
    @Validated
    @ConfigurationProperties("jumelage.pdf")
    record Settings(@DefaultValue("1") @Min(1) int concurrentRenders) {}

    PdfPapers(ITemplateEngine templates, Settings settings) {
        this.templates = templates;
        this.rendering = new WriterSlots("PDF writers", settings.concurrentRenders());
        try (java.io.InputStream in = PdfPapers.class.getResourceAsStream("/papers/papers.css")) {
            this.css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("papers/papers.css is missing", e);
        }
    }

    /** The template, rendered in the language with these variables, as PDF. */
    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        return rendering.write(() -> layOut(template, locale, variables));
    }

    private byte[] layOut(String template, Locale locale, Map<String, Object> variables) {
        try {
            Map<String, Object> all = new java.util.HashMap<>(variables);
            all.put("css", css);
            String xhtml = templates.process("papers/" + template, new Context(locale, all));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template, e);
        }
    }

    private static java.io.InputStream font(String name) {
        java.io.InputStream in = PdfPapers.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from the vendored files");
        }
        return in;
    }
}
